package nl.wijkfonds.plan;

import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.wijkfonds.plan.PlanPages.idFromRedirect;
import static nl.wijkfonds.plan.PlanPages.idOf;
import static nl.wijkfonds.plan.PlanPages.valid;
import static nl.wijkfonds.plan.TestFiles.SECRET_LOCATION;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images and PDFs through PrimeFaces' upload, against the real server and database: the real type decides, metadata
 * goes, limits hold, and nothing is stored until the plan is — so a refusal never leaves a file behind.
 */
class PlanUploadIT extends DeployedApplication {

    private FacesClient resident;

    @BeforeEach
    void signIn() {
        resident = signedIn(RESIDENT);
    }

    @Test
    void photoAndPdfAreStoredWithThePlanWithoutTheirLocation() {
        long before = count("select count(*) from plan_file");
        Page form = PlanPages.open(resident, null);
        String afterPhoto = upload(form, "IMG_0042.JPG", "image/jpeg", TestFiles.jpegWithLocation());
        assertTrue(afterPhoto.contains("IMG_0042.JPG"), afterPhoto);
        upload(form, "begroting.pdf", "application/pdf", TestFiles.pdf(30_000));
        upload(form, "plein.webp", "image/webp", TestFiles.webpWithLocation());
        assertEquals(before, count("select count(*) from plan_file"), "nothing stored before the plan is saved");

        Page submitted = resident.submit(form, PlanPages.EDITOR, "plan", "submit", valid("Plan met foto's"));

        assertEquals(302, submitted.status(), submitted.body());
        long id = idOf("Plan met foto's");
        assertEquals(3, count("select count(*) from plan_file where plan_id = ?", id));
        assertEquals(0, count("select count(*) from plan_file where locate(?, content) > 0", SECRET_LOCATION),
                "no location left in any stored file");
        assertEquals(0, count("select count(*) from plan_file where locate('Exif', content) > 0"));
        assertTrue(single("select after_state from audit_event where action = 'plan.submitted' and subject_id = ?",
                id).contains("IMG_0042.JPG"));

        String photoId = single("select id from plan_file where plan_id = ? and content_type = 'image/jpeg'", id);
        FacesClient visitor = new FacesClient(base);
        Page photo = visitor.get("plan-files/" + photoId);
        assertEquals(200, photo.status());
        assertEquals("image/jpeg", photo.header("Content-Type"));
        assertEquals("image/jpeg", visitor.get("plan-files/" + photoId + "/thumbnail").header("Content-Type"));
        String pdfId = single("select id from plan_file where plan_id = ? and kind = 'PDF'", id);
        assertTrue(visitor.get("plan-files/" + pdfId).header("Content-Disposition").startsWith("attachment"));
        Page detail = visitor.get("plannen/" + id);
        assertTrue(detail.contains("plan-files/" + photoId + "/thumbnail"));
        assertTrue(detail.contains("begroting.pdf"));
        assertTrue(visitor.get("plannen/").contains("plan-files/" + photoId + "/thumbnail"),
                "the gallery shows the first image");
    }

    @Test
    void renamedExecutablePosingAsJpegIsRefused() {
        long before = count("select count(*) from plan_file");
        Page form = PlanPages.open(resident, null);
        String response = upload(form, "foto.jpg", "image/jpeg", TestFiles.executable());
        assertTrue(response.contains("is geen JPEG-, PNG- of WebP-afbeelding en geen PDF"), response);

        Page submitted = resident.submit(form, PlanPages.EDITOR, "plan", "submit", valid("Plan zonder programma"));
        assertEquals(302, submitted.status(), submitted.body());
        assertEquals(before, count("select count(*) from plan_file"), "the program was never stored");
    }

    @Test
    void imageAboveFiveMegabytesAndPdfAboveTenAreRefused() {
        long before = count("select count(*) from plan_file");
        Page form = PlanPages.open(resident, null);
        byte[] bigPhoto = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(TestFiles.jpegWithLocation(), 0, bigPhoto, 0, 3);
        assertTrue(upload(form, "groot.jpg", "image/jpeg", bigPhoto).contains("is groter dan 5 MB"));
        assertTrue(upload(form, "groot.pdf", "application/pdf", TestFiles.pdf(10 * 1024 * 1024 + 10))
                .contains("is groter dan 10 MB"));
        resident.submit(form, PlanPages.EDITOR, "plan", "submit", valid("Plan zonder grote bestanden"));
        assertEquals(before, count("select count(*) from plan_file"));
    }

    @Test
    void fiftyMegabyteUploadIsRefusedBeforeItIsRead() {
        PlanPages.open(resident, null);
        long files = count("select count(*) from plan_file");
        String head = Uploads.announceHugeUpload(base, resident.sessionId(), PlanPages.EDITOR, 50L * 1024 * 1024);
        assertTrue(head.startsWith("HTTP/1.1 413"), head);
        assertTrue(head.contains("application/problem+json"), head);
        assertTrue(head.contains("\"status\":413"), head);
        assertEquals(files, count("select count(*) from plan_file"));
    }

    @Test
    void sixthImageIsRefused() {
        Page form = PlanPages.open(resident, null);
        byte[] photo = TestFiles.jpegWithLocation();
        for (int i = 1; i <= 5; i++) {
            assertFalse(upload(form, "foto" + i + ".jpg", "image/jpeg", photo).contains("hoogstens"));
        }
        assertTrue(upload(form, "foto6.jpg", "image/jpeg", photo).contains("Een plan kan hoogstens 5 afbeeldingen"));
    }

    @Test
    void uploadsOfAPlanThatIsNeverSavedAreNotStored() {
        Page form = PlanPages.open(resident, null);
        long files = count("select count(*) from plan_file");
        upload(form, "foto.png", "image/png", TestFiles.pngWithLocation());
        Page refused = resident.submit(form, PlanPages.EDITOR, "plan", "submit",
                Map.of("title", "Plan met een fout", "costRows:0:costAmount", "-1"));
        assertEquals(200, refused.status());
        assertEquals(files, count("select count(*) from plan_file"), "a refused save leaves no file");
        assertEquals(0, count("select count(*) from plan where title = 'Plan met een fout'"));
    }

    @Test
    void filesOfADraftAreOnlyForItsSubmitter() {
        Page form = PlanPages.open(resident, null);
        upload(form, "schets.png", "image/png", TestFiles.pngWithLocation());
        Page saved = resident.submit(form, PlanPages.EDITOR, "plan", "save",
                Map.of("title", "Geheim concept", "costRows:0:costItem", "Iets", "costRows:0:costAmount", "5"));
        long id = idFromRedirect(saved);
        String fileId = single("select id from plan_file where plan_id = ?", id);

        Page anonymous = new FacesClient(base).get("plan-files/" + fileId);
        assertEquals(404, anonymous.status());
        assertTrue(anonymous.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(200, resident.get("plan-files/" + fileId).status());
    }

    @Test
    void removedFileIsDeletedWithTheNextSave() {
        Page form = PlanPages.open(resident, null);
        upload(form, "weg.png", "image/png", TestFiles.pngWithLocation());
        long id = idFromRedirect(resident.submit(form, PlanPages.EDITOR, "plan", "save",
                Map.of("title", "Plan met een foto die weg moet", "costRows:0:costItem", "Iets",
                        "costRows:0:costAmount", "5")));
        assertEquals(1, count("select count(*) from plan_file where plan_id = ?", id));

        Page editor = PlanPages.open(resident, id);
        Map<String, String> remove = new java.util.LinkedHashMap<>(editor.hiddenFields());
        remove.put("jakarta.faces.partial.ajax", "true");
        remove.put("jakarta.faces.source", "plan:fileRows:0:removeFile");
        remove.put("jakarta.faces.partial.execute", "plan:fileRows:0:removeFile");
        remove.put("jakarta.faces.partial.render", "plan:files");
        remove.put("plan:fileRows:0:removeFile", "plan:fileRows:0:removeFile");
        remove.put("plan", "plan");
        assertEquals(200, resident.post(PlanPages.path(id), remove).status());
        Page saved = resident.submit(editor, PlanPages.path(id), "plan", "save",
                Map.of("title", "Plan met een foto die weg moet", "costRows:0:costItem", "Iets",
                        "costRows:0:costAmount", "5"));
        assertEquals(302, saved.status(), saved.body());
        assertEquals(0, count("select count(*) from plan_file where plan_id = ?", id));
    }

    private String upload(Page form, String name, String type, byte[] content) {
        return Uploads.upload(base, resident.sessionId(), form, PlanPages.EDITOR, name, type, content);
    }
}
