package nl.wijkfonds.results;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import nl.wijkfonds.testing.Waiting;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import static nl.wijkfonds.results.ResultsSetup.chosenOnPage;
import static nl.wijkfonds.results.ResultsSetup.round;
import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published result: the page, the bulletin board and receipts, the downloads and the independent recount. */
interface PublishedResultTests extends Deployed {

    @Test
    @Order(100)
    default void theRecountToolOnEachDownloadedBallotFilePrintsExactlyThePublishedWinners() throws Exception {
        FacesClient visitor = new FacesClient(base());
        Page results = visitor.get("uitslag/?round=" + round());
        assertEquals(200, results.status(), results.body());
        String document = visitor.get("uitslag/bestanden/uitslag.json?round=" + round()).body();
        assertEquals(single("select document_sha256 from round_result where round_id = ?", round()),
                sha256(document.getBytes(StandardCharsets.UTF_8)), "the file is the stored, signed document");
        Path folder = Files.createTempDirectory("recount");
        long files = Long.parseLong(single("select count(*) from result_ballot_file where round_id = ?", round()));
        for (int scope = 0; scope < files; scope++) {
            Page file = visitor.get("uitslag/bestanden/stemmen-" + (scope + 1) + ".pb?round=" + round());
            assertEquals(200, file.status(), file.body());
            Path pb = folder.resolve("stemmen-" + (scope + 1) + ".pb");
            Files.writeString(pb, file.body(), StandardCharsets.UTF_8);
            assertTrue(document.contains(sha256(Files.readAllBytes(pb))), "the result names the file's SHA-256");
            if (!file.body().contains("num_votes;0")) {
                assertEquals(chosenOnPage(results.body(), scope), recount(pb), "ballot " + (scope + 1));
            } else {
                assertEquals(List.of(), chosenOnPage(results.body(), scope), "no ballots, nothing chosen");
            }
        }
        assertEquals(2, chosenOnPage(results.body(), 0).size(), "two of Bos en Lommer's three plans fit");
        assertTrue(results.contains("Niet gekozen: op dit stembiljet is niet gestemd."), "Westerpark had no votes");
    }

    @Test
    @Order(105)
    default void theResultFileIsSignedWithThePublishedKeyAndOneChangedByteBreaksTheSignature() throws Exception {
        FacesClient visitor = new FacesClient(base());
        byte[] document = visitor.get("uitslag/bestanden/uitslag.json?round=" + round()).body()
                .getBytes(StandardCharsets.UTF_8);
        byte[] signature = java.util.Base64.getDecoder().decode(visitor.get("uitslag/bestanden/uitslag.json.sig?round="
                + round()).body().strip());
        String pem = visitor.get("controle/publieke-sleutel.pem").body();
        java.security.PublicKey key = java.security.KeyFactory.getInstance("Ed25519").generatePublic(
                new java.security.spec.X509EncodedKeySpec(java.util.Base64.getMimeDecoder().decode(pem
                        .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").strip())));
        assertTrue(verifies(key, document, signature), "the published result verifies with the published key");
        for (int at : new int[]{0, document.length / 2, document.length - 1}) {
            byte[] changed = document.clone();
            changed[at] ^= 1;
            assertFalse(verifies(key, changed, signature), "one changed byte at " + at + " breaks it");
        }
    }

    private static boolean verifies(java.security.PublicKey key, byte[] data, byte[] signature) throws Exception {
        java.security.Signature check = java.security.Signature.getInstance("Ed25519");
        check.initVerify(key);
        check.update(data);
        return check.verify(signature);
    }

    @Test
    @Order(110)
    default void resultsPageShowsWinnersVotesMoneyAndExplanationsInBothLanguagesAtPhoneWidth() {
        try (Browser browser = browser()) {
            browser.open("uitslag/");
            String text = browser.pageText();
            assertTrue(text.contains("Gekozen in stap 1"), text);
            assertTrue(text.contains("Budget over"), text);
            assertTrue(browser.isPresent(By.cssSelector(".result-chart canvas")), "a chart per ballot");
            assertTrue(browser.fitsWidth(360), "readable at 360 px");
            browser.open("uitslag/?lang=en");
            text = browser.pageText();
            assertTrue(text.contains("Chosen in step 1"), text);
            assertTrue(text.contains("Not chosen: nobody voted on this ballot."), text);
        }
    }

    @Test
    @Order(120)
    @CoversForm(page = "uitslag/stembiljetten.xhtml", form = "lookup")
    default void voterFindsTheirBallotExactlyAsCountedByTheReceipt() {
        try (Browser browser = browser()) {
            browser.open("uitslag/stembiljetten?lang=nl");
            assertTrue(browser.pageText().contains("8 stembiljetten"), browser.pageText());
            browser.type(By.id("bon"), "ACDE FGHJ KM99");
            browser.click(By.id("find"));
            assertTrue(browser.text(By.id("notFound")).contains("Er is geen stembiljet met deze bon."));
            assertEquals("ACDE FGHJ KM99", browser.value("bon"), "what was typed stays");

            browser.type(By.id("bon"), "acde-fghj-km36");
            browser.click(By.id("find"));
            String found = browser.text(By.id("lookupResult"));
            assertTrue(found.contains("Bon ACDEFGHJKM36: stembiljet voor Bos en Lommer. Geteld in stemmenbestand 1"
                    + " als stemmer 3."), found);
            assertTrue(found.contains("Speeltuin Bos en Lommer") && found.contains("Moestuin Bos en Lommer")
                    && !found.contains("Bankjes"), found);
            assertTrue(browser.fitsWidth(360), "readable at 360 px");
        }
        FacesClient visitor = new FacesClient(base());
        String csv = visitor.get("uitslag/bestanden/stemmen.csv").body();
        assertTrue(csv.startsWith("receipt,ballot,kind,plan_id,points,rank"), csv);
        assertEquals(12, csv.lines().count() - 1, "one line per chosen plan: " + csv);
        assertTrue(visitor.get("uitslag/bestanden/stemmen.json").body().contains("\"receipt\":\"ACDEFGHJKM36\""));
    }

    @Test
    @Order(130)
    default void aChangedBallotRowChangesTheBallotFileAndIsReported() {
        FacesClient visitor = new FacesClient(base());
        assertFalse(visitor.get("uitslag/").contains("id=\"changedBallots\""));
        String ballot = single("select id from ballot where receipt = 'ACDEFGHJKM34'");
        String plan = single("select plan_id from ballot_choice where ballot_id = ?", ballot);
        String other = String.valueOf(planId("Bankjes Bos en Lommer"));
        execute("update ballot_choice set plan_id = ? where ballot_id = ?", other, ballot);
        try {
            // The page compares at most every few seconds (BallotFileChecks): it says so within that time.
            Waiting.until(() -> visitor.get("uitslag/").contains("id=\"changedBallots\""), "the change reported");
            Page page = visitor.get("uitslag/");
            assertTrue(page.contains("Bos en Lommer"), page.body());
            assertEquals(single("select sha256 from result_ballot_file where position = 0"),
                    sha256(visitor.get("uitslag/bestanden/stemmen-1.pb").body().getBytes(StandardCharsets.UTF_8)),
                    "the download stays the counted file");
        } finally {
            execute("update ballot_choice set plan_id = ? where ballot_id = ?", plan, ballot);
        }
        Waiting.until(() -> !visitor.get("uitslag/").contains("id=\"changedBallots\""), "the report gone");
    }

    private static List<String> recount(Path pb) throws IOException, InterruptedException {
        Path jar = Path.of("target/wijkfonds-recount.jar");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--rule", "mes-cost", "--completion", "budget-increase", pb.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out.lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long planId(String title) {
        return Long.parseLong(single("select id from plan where title = ?", title));
    }
}
