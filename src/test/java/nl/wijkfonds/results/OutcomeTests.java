package nl.wijkfonds.results;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import nl.wijkfonds.testing.Mailbox;
import nl.wijkfonds.testing.Residents;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static nl.wijkfonds.results.ResultsSetup.chosenOnPage;
import static nl.wijkfonds.results.ResultsSetup.round;
import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.AUDITOR;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL_2;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL_3;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.FormProblems.none;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After the result: an official overrides the outcome for a plan with a reason, a second official confirms or
 * rejects it, and the results page shows it beside the engine's outcome; officials report the progress of the plans
 * carried out, and residents follow it. The signed result never changes.
 */
interface OutcomeTests extends Deployed {

    String REASON_REQUIRED = "Schrijf op waarom. Bewoners lezen deze reden.";
    String NO_PERMIT = "De gemeente geeft geen vergunning voor een speeltuin op deze plek.";

    @Test
    @Order(25)
    default void nothingIsOverriddenOrReportedBeforeTheResultIsPublished() {
        long plan = planId("Speeltuin Bos en Lommer");
        Page page = signedIn(OFFICIAL).get(outcomePath(plan));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("id=\"notPublished\""), page.body());
        assertTrue(page.contains("De uitslag is nog niet gepubliceerd. Een uitkomst aanpassen kan pas daarna."));
        assertFalse(page.contains("propose:propose") || page.contains("realisation:save"), "no forms before");
        for (String email : new String[]{RESIDENT, AUDITOR, ADMIN}) {
            assertEquals(403, signedIn(email).get(outcomePath(plan)).status(), email);
        }
        assertEquals(404, signedIn(OFFICIAL).get("official/outcome?id=999999").status());
    }

    @Test
    @Order(140)
    @CoversForm(page = "official/outcome.xhtml", form = "propose")
    @CoversForm(page = "official/outcome.xhtml", form = "settle")
    default void anOverrideTakesEffectOnlyWhenASecondOfficialConfirmsItAndIsShownBesideTheResult() throws Exception {
        String signed = single("select document_sha256 from round_result where round_id = ?", round());
        long winner = winners().get(0);
        long events = count("select count(*) from audit_event");
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open("official/results?round=" + round());
            browser.click(By.cssSelector("#outcomes a[href$='/official/outcome?id=" + winner + "']"));
            browser.click(By.id("propose:propose"));
            field("propose:kind", "Kies wat u wilt aanpassen.").and("propose:reason", REASON_REQUIRED)
                    .assertShownIn(browser);
            browser.driver().findElement(By.cssSelector("input[value='DROP_WINNER']")).click();
            browser.click(By.id("propose:propose"));
            field("propose:reason", REASON_REQUIRED).assertShownIn(browser);
            assertEquals("DROP_WINNER", browser.checkedRadio("propose:kind"), "the choice stays");
            assertEquals(events, count("select count(*) from audit_event"), "nothing stored from the wrong tries");
            assertEquals(0, count("select count(*) from result_override"));
            browser.type(By.id("propose:reason"), NO_PERMIT);
            browser.click(By.id("propose:propose"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("is voorgesteld"), browser.pageText());
            assertTrue(browser.isPresent(By.id("waiting")), "the proposer waits for a colleague");
            assertFalse(browser.isPresent(By.id("settle")), "nobody is offered to confirm their own");
            assertEquals("PROPOSED", single("select state from result_override where plan_id = ?", winner));

            browser.signOut();
            browser.signIn(OFFICIAL_2, PASSWORD, "nl");
            browser.open(outcomePath(winner));
            assertTrue(browser.pageText().contains(NO_PERMIT), browser.pageText());
            browser.click(By.id("settle:reject"));
            field("settle:note", "Schrijf op waarom u het voorstel afwijst.").assertShownIn(browser);
            assertEquals("PROPOSED", single("select state from result_override where plan_id = ?", winner));
            String title = single("select title from plan where id = ?", winner);
            assertTrue(browser.clickAndReadQuestion(By.id("settle:confirm")).contains(title), "names the plan");
            browser.acceptQuestion();
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("is goedgekeurd"), browser.pageText());
            assertEquals("Nee", browser.text(By.id("effectiveOutcome")));
            assertEquals("Gekozen", browser.text(By.id("engineOutcome")), "the engine's outcome stays shown");

            browser.signOut();
            browser.open("uitslag/");
            String overrides = browser.text(By.id("overrides"));
            assertTrue(overrides.contains(NO_PERMIT) && overrides.contains("Gekozen")
                    && overrides.contains("Gekozen plan wordt niet uitgevoerd"), overrides);
            assertTrue(browser.fitsWidth(360), "readable at 360 px");
            browser.open("uitslag/?lang=en");
            assertTrue(browser.text(By.id("overrides")).contains("Chosen plan is not carried out"));
        }
        assertEquals("CONFIRMED", single("select state from result_override where plan_id = ?", winner));
        assertEquals(single("select id from account where email = ?", OFFICIAL_2),
                single("select settled_by from result_override where plan_id = ?", winner));
        assertEquals(1, count("select count(*) from audit_event where action = 'results.override-proposed'"));
        assertEquals(1, count("select count(*) from audit_event where action = 'results.override-confirmed'"));
        assertEquals(signed, single("select document_sha256 from round_result where round_id = ?", round()),
                "the signed result is not changed");
        FacesClient visitor = new FacesClient(base());
        assertEquals(signed, sha256(visitor.get("uitslag/bestanden/uitslag.json?round=" + round()).body()));
        assertEquals(2, chosenOnPage(visitor.get("uitslag/").body(), 0).size(),
                "the engine's table still shows both winners");
    }

    @Test
    @Order(150)
    default void nobodyConfirmsTheirOwnOverrideAndOnlyOfficialsPropose() {
        long plan = winners().get(1);
        FacesClient first = signedIn(OFFICIAL);
        FacesClient second = signedIn(OFFICIAL_2);
        FacesClient third = signedIn(OFFICIAL_3);
        assertEquals(302, propose(second, plan, "DROP_WINNER", "De bankjes passen niet op de stoep.").status());
        Page earlier = first.get(outcomePath(plan));
        assertTrue(earlier.contains("settle:confirm"), earlier.body());
        assertFalse(second.get(outcomePath(plan)).contains("settle:confirm"), "not for the proposer");
        assertFalse(third.get(outcomePath(plan)).contains("propose:propose"), "one proposal waits at a time");

        Page rejected = third.submit(third.get(outcomePath(plan)), "settle", "reject",
                Map.of("note", "Er is een andere plek in de buurt."));
        assertEquals(302, rejected.status(), rejected.body());
        assertEquals(302, propose(first, plan, "DROP_WINNER", "De bankjes passen echt niet.").status());
        Page own = first.submit(earlier, "settle", "confirm", Map.of("note", ""));
        assertEquals(200, own.status());
        assertTrue(own.contains("U heeft dit voorstel zelf gedaan."), own.body());
        assertEquals(1, count("select count(*) from result_override where plan_id = ? and state = 'PROPOSED'", plan));
        assertEquals(0, count("select count(*) from result_override where settled_by = proposed_by"));

        Page officialsPage = first.get(outcomePath(plan));
        for (String email : new String[]{AUDITOR, RESIDENT}) {
            FacesClient other = signedIn(email);
            assertEquals(403, other.get(outcomePath(plan)).status(), email);
            Map<String, String> forged = new LinkedHashMap<>(officialsPage.hiddenFields("realisation"));
            forged.put("realisation:progress", "DONE");
            forged.put("realisation:notedOn", today());
            forged.put("realisation:report", "Vervalst.");
            forged.put("realisation:save", "x");
            assertEquals(403, other.post(officialsPage.action("realisation"), forged).status(), email);
        }
        assertEquals(302, third.submit(third.get(outcomePath(plan)), "settle", "reject",
                Map.of("note", "De bankjes blijven.")).status());
        assertEquals(2, count("select count(*) from audit_event where action = 'results.override-rejected'"));
        assertEquals(3, count("select count(*) from audit_event where action = 'results.override-proposed'"));
        assertEquals(0, count("select count(*) from realisation_update"));
        assertFalse(new FacesClient(base()).get("uitslag/").contains("De bankjes passen"),
                "proposals that did not take effect are not on the results page");
    }

    @Test
    @Order(160)
    @CoversForm(page = "official/outcome.xhtml", form = "realisation")
    default void officialsReportProgressOfAWinnerAndResidentsFollowIt() {
        long plan = winners().get(1);
        FacesClient follower = Residents.registered(base(), "uitvoering@example.nl", "Bewoner Volger", PASSWORD);
        assertEquals(302, follower.submit(follower.get("plannen/" + plan), "follow", "follow", Map.of()).status());
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open(outcomePath(plan));
            browser.setValue(By.id("realisation:notedOn"), tomorrow);
            browser.click(By.id("realisation:save"));
            field("realisation:progress", "Kies hoe ver de uitvoering is.")
                    .and("realisation:report", "Schrijf een bericht over de uitvoering.").assertShownIn(browser);
            assertEquals(tomorrow, browser.value("realisation:notedOn"), "what was typed stays");
            browser.driver().findElement(By.cssSelector("input[value='IN_PROGRESS']")).click();
            browser.click(By.id("realisation:save"));
            field("realisation:report", "Schrijf een bericht over de uitvoering.").assertShownIn(browser);
            assertEquals("IN_PROGRESS", browser.checkedRadio("realisation:progress"));
            browser.type(By.id("realisation:report"), "De bankjes zijn besteld.");
            browser.click(By.id("realisation:save"));
            field("realisation:notedOn", "Kies vandaag of een dag die al geweest is.").assertShownIn(browser);
            assertEquals("De bankjes zijn besteld.", browser.value("realisation:report"));
            assertEquals(0, count("select count(*) from realisation_update"), "nothing stored from the wrong tries");
            browser.setValue(By.id("realisation:notedOn"), today());
            browser.driver().findElement(By.id("realisation:photo")).sendKeys(photo().toString());
            browser.click(By.id("realisation:save"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("is opgeslagen"), browser.pageText());
            assertTrue(browser.text(By.id("progressHistory")).contains("De bankjes zijn besteld."));

            browser.signOut();
            browser.open("plannen/" + plan);
            String history = browser.text(By.id("progressHistory"));
            assertTrue(history.contains("Bezig") && history.contains("De bankjes zijn besteld."), history);
            assertTrue(browser.isPresent(By.cssSelector("#progressHistory img.progress-photo")), "with its photo");
            assertTrue(browser.fitsWidth(360), "the plan page with its progress fits a phone");
            browser.open("uitslag/");
            String overview = browser.text(By.id("realisation"));
            assertTrue(overview.contains("Bezig") && overview.contains("De bankjes zijn besteld."), overview);
            assertTrue(overview.contains("Nog geen bericht"), "winners without a report are listed too: " + overview);
            assertFalse(overview.contains(single("select title from plan where id = ?", winners().get(0))),
                    "a dropped winner is not carried out: " + overview);
            browser.open("plannen/" + plan + "?lang=en");
            assertTrue(browser.text(By.id("progressHistory")).contains("In progress"));
        }
        assertEquals(1, count("select count(*) from realisation_update where plan_id = ?", plan));
        assertEquals(1, count("select count(*) from audit_event where action = 'results.progress-reported'"));
        String note = single("select id from realisation_update where plan_id = ?", plan);
        FacesClient visitor = new FacesClient(base());
        Page photo = visitor.get("uitvoering-foto/" + note);
        assertEquals(200, photo.status());
        assertEquals("image/png", photo.header("Content-Type"));
        assertEquals("image/jpeg", visitor.get("uitvoering-foto/" + note + "/thumbnail").header("Content-Type"));
        assertEquals(404, visitor.get("uitvoering-foto/999999").status());

        int mails = Mailbox.messages("uitvoering@example.nl").size();
        FacesClient admin = signedIn(ADMIN);
        assertEquals(302, admin.submit(admin.get("admin/jobs"), "jobs", "sendDigests", Map.of()).status());
        String digest = Mailbox.awaitMessage("uitvoering@example.nl", mails + 1).text();
        assertTrue(digest.contains("Uitvoering (Bezig): De bankjes zijn besteld."), "the follower hears: " + digest);
    }

    /** A small picture to go with a progress note, as a file on disk for the browser to upload. */
    private static Path photo() {
        try {
            Path file = Files.createTempFile("bankjes", ".png");
            ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(170)
    default void progressIsRefusedOnAPlanThatIsNotCarriedOut() {
        long dropped = winners().get(0);
        long plan = winners().get(1);
        FacesClient first = signedIn(OFFICIAL);
        FacesClient second = signedIn(OFFICIAL_2);
        assertFalse(first.get(outcomePath(dropped)).contains("realisation:save"), "no form for a dropped winner");
        assertFalse(first.get(outcomePath(planId("Bloembakken Westerpark"))).contains("realisation:save"),
                "no form for a plan that was not chosen");

        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open(outcomePath(plan));
            assertEquals(302, propose(second, plan, "DROP_WINNER", "De stoep wordt opgebroken.").status());
            FacesClient third = signedIn(OFFICIAL_3);
            assertEquals(302, third.submit(third.get(outcomePath(plan)), "settle", "confirm", Map.of("note", ""))
                    .status());
            browser.driver().findElement(By.cssSelector("input[value='DONE']")).click();
            browser.type(By.id("realisation:report"), "De bankjes staan er.");
            browser.click(By.id("realisation:save"));
            assertEquals(200, browser.status());
            assertTrue(browser.pageText().contains("Dit plan wordt niet uitgevoerd."), browser.pageText());
        }
        assertEquals(1, count("select count(*) from realisation_update where plan_id = ?", plan));

        long added = Stream.of("Speeltuin Bos en Lommer", "Bankjes Bos en Lommer",
                "Moestuin Bos en Lommer").map(OutcomeTests::planId).filter(id -> !winners().contains(id))
                .findFirst().orElseThrow();
        assertEquals(302, propose(second, added, "ADD_PLAN", "Past nu in het budget.").status());
        assertEquals(302, first.submit(first.get(outcomePath(added)), "settle", "confirm", Map.of("note", ""))
                .status());
        assertTrue(first.get(outcomePath(added)).contains("realisation:save"), "an added plan is carried out");
        assertTrue(new FacesClient(base()).get("uitslag/").contains("Past nu in het budget."));
    }

    /** The plans the engine chose on the first ballot (Bos en Lommer), by id. */
    private List<Long> winners() {
        return chosenOnPage(new FacesClient(base()).get("uitslag/?round=" + round()).body(), 0).stream()
                .map(Long::valueOf).toList();
    }

    private Page propose(FacesClient official, long plan, String kind, String reason) {
        return official.submit(official.get(outcomePath(plan)), "propose", "propose",
                Map.of("kind", kind, "reason", reason));
    }

    private static String outcomePath(long plan) {
        return "official/outcome?id=" + plan;
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    }

    private static long planId(String title) {
        return Long.parseLong(single("select id from plan where title = ?", title));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
