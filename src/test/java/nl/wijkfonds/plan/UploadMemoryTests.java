package nl.wijkfonds.plan;

import nl.wijkfonds.testing.DemoAccounts;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No upload can exhaust the server (issue 11, item 5). The integration tests' Payara runs with a 512 MB heap
 * (arquillian.xml); before, ten 10 MB PDFs or four 40-megapixel 16-bit PNGs of 300 kB ran such a heap out of memory.
 */
interface UploadMemoryTests extends Deployed {

    /** How the editor's upload answers a file that made the session's waiting files too many. */
    String TOO_MANY_WAITING = "bestanden toegevoegd die nog niet zijn opgeslagen";

    @Test
    default void twentyLargeUploadsInParallelFromOneSessionLeaveTheServerAnswering() throws Exception {
        FacesClient resident = signedIn(DemoAccounts.RESIDENT);
        Page form = PlanPages.open(resident, null);
        // The attack of the issue: a small file of 6300 x 6300 pixels at 16 bits per channel (238 MB decoded).
        byte[] picture = TestFiles.pngBomb(6300, 6300, 16, 6300);
        byte[] pdf = TestFiles.pdf(10 * 1024 * 1024 - 4096);
        ExecutorService parallel = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                boolean even = i % 2 == 0;
                String name = even ? "groot" + i + ".png" : "begroting" + i + ".pdf";
                answers.add(parallel.submit(() -> Uploads.upload(base(), resident.sessionId(), form,
                        PlanPages.EDITOR, name, even ? "image/png" : "application/pdf", even ? picture : pdf)));
            }
            int accepted = 0;
            int tooMany = 0;
            for (Future<String> answer : answers) {
                String response = answer.get();
                if (response.contains(TOO_MANY_WAITING)) {
                    tooMany++;
                } else {
                    assertTrue(response.contains("groot") || response.contains("begroting"), response);
                    accepted++;
                }
            }
            assertEquals(20, accepted + tooMany);
            assertTrue(accepted <= PendingUploads.MAX_FILES, "at most the session's limit waits: " + accepted);
            assertTrue(tooMany >= 20 - PendingUploads.MAX_FILES, "the rest is refused: " + tooMany);
        } finally {
            parallel.shutdownNow();
        }

        assertEquals(200, new FacesClient(base()).get("plannen/").status(), "the server answers the next request");
        assertEquals(200, resident.get(PlanPages.EDITOR).status());
    }

    @Test
    default void decompressionBombIsRefusedFromItsHeader() {
        FacesClient resident = signedIn(DemoAccounts.RESIDENT);
        Page form = PlanPages.open(resident, null);
        byte[] bomb = TestFiles.pngBomb(50_000, 50_000, 8, 100);
        String answer = Uploads.upload(base(), resident.sessionId(), form, PlanPages.EDITOR, "bom.png", "image/png",
                bomb);
        assertTrue(answer.contains("heeft meer dan 64 megapixels"), answer);
    }
}
