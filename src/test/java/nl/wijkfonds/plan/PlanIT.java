package nl.wijkfonds.plan;

import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.Residents;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import nl.wijkfonds.testing.Browser;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.wijkfonds.plan.PlanPages.idFromRedirect;
import static nl.wijkfonds.plan.PlanPages.idOf;
import static nl.wijkfonds.plan.PlanPages.press;
import static nl.wijkfonds.plan.PlanPages.valid;
import static nl.wijkfonds.plan.TestFiles.SECRET_LOCATION;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Residents write, submit, edit and withdraw plans through the real pages against the real database; everyone
 * browses them; officials list and export them. The forms are walked in Chromium (see the interfaces); here also,
 * over plain HTTP, what a browser does not show or cannot send: statuses, someone else's plan, values no form
 * offers, uploads as PrimeFaces sends them, the CSV. The phase test runs last, because it moves the demo round on
 * for good.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanIT extends DeployedApplication implements PlanEditorTests, PlanListTests, UploadMemoryTests {

    private FacesClient resident;

    @BeforeEach
    void signIn() {
        resident = signedIn(RESIDENT);
    }

    @Test
    void residentSubmitsAPlanThatEveryoneCanReadWithoutContactDetails() {
        Page submitted = press(resident, null, "submit", valid("Bomen op het Baarsjesplein"));

        assertEquals(302, submitted.status(), submitted.body());
        long id = idOf("Bomen op het Baarsjesplein");
        assertEquals("SUBMITTED", single("select status from plan where id = ?", id));
        assertEquals("125050", single("select cost_cents from plan where id = ?", id));
        assertEquals(1, count("select count(*) from plan_cost_item where plan_id = ?", id));
        assertEquals(single("select public_id from account where email = ?", RESIDENT),
                single("select actor from audit_event where action = 'plan.submitted' "
                + "and subject_id = ?", id));
        assertEquals(1, count("select count(*) from plan_version where plan_id = ?", id));

        FacesClient visitor = new FacesClient(base);
        Page detail = visitor.get("plannen/" + id + "-bomen-op-het-baarsjesplein");
        assertEquals(200, detail.status());
        assertTrue(detail.contains("Bomen op het Baarsjesplein"));
        assertTrue(detail.contains("Vier bomen met boomspiegel"));
        assertTrue(detail.contains("1.250,50"));
        assertTrue(detail.contains("Ingediend"));
        assertFalse(detail.contains("ans.prive@example.nl"), "contact details are never public");
        assertFalse(detail.contains("1234 5678"), "contact details are never public");
        assertFalse(detail.contains("Ans de Vries"), "contact details are never public");
        assertEquals(200, visitor.get("plannen/" + id).status(), "the number alone is enough");
        assertTrue(visitor.get("plannen/").contains("Bomen op het Baarsjesplein"));
        Page english = visitor.get("plans/" + id + "-bomen-op-het-baarsjesplein");
        assertEquals(302, english.status());
        Page inEnglish = visitor.open(english.location());
        assertTrue(inEnglish.contains("Submitted"), english.location() + " gave:\n" + inEnglish.body());
    }

    @Test
    void draftMayBeIncompleteAndOnlyItsSubmitterSeesIt() {
        Page saved = press(resident, null, "save", Map.of("title", "Half idee", "summary", "", "description", "",
                "costRows:0:costItem", "Iets", "costRows:0:costAmount", "10"));

        assertEquals(302, saved.status(), saved.body());
        long id = idFromRedirect(saved);
        assertEquals("DRAFT", single("select status from plan where id = ?", id));
        assertEquals(1, count("select count(*) from audit_event where action = 'plan.draft-created' "
                + "and subject_id = ?", id));
        assertEquals(0, count("select count(*) from plan_version where plan_id = ?", id), "drafts have no versions");

        assertEquals(404, new FacesClient(base).get("plannen/" + id + "-half-idee").status());
        assertFalse(new FacesClient(base).get("plannen/?zoek=Half").contains("Half idee"));
        assertEquals(200, resident.get("plannen/" + id).status(), "its submitter may look at it");
        assertTrue(resident.get("account/plans").contains("Half idee"));

        Map<String, String> complete = valid("Half idee, nu af");
        Page submitted = press(resident, id, "submit", complete);
        assertEquals(302, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", single("select status from plan where id = ?", id));
        assertEquals("Half idee, nu af", single("select title from plan where id = ?", id));
    }

    @Test
    void submittedPlanCanBeEditedAndOfficialsSeeEveryVersion() {
        press(resident, null, "submit", valid("Bankjes bij de speeltuin"));
        long id = idOf("Bankjes bij de speeltuin");
        Map<String, String> changed = valid("Bankjes bij de speeltuin");
        changed.put("costRows:0:costAmount", "2.000");
        Page edited = press(resident, id, "save", changed);

        assertEquals(302, edited.status(), edited.body());
        assertEquals("200000", single("select cost_cents from plan where id = ?", id));
        assertEquals("SUBMITTED", single("select status from plan where id = ?", id));
        assertEquals(1, count("select count(*) from audit_event where action = 'plan.edited' and subject_id = ?", id));
        assertEquals(2, count("select count(*) from plan_version where plan_id = ?", id));
        assertTrue(single("select before_state from audit_event where action = 'plan.edited' and subject_id = ?", id)
                .contains("\"costCents\":125050"));

        FacesClient official = signedIn(OFFICIAL);
        Page versions = official.get("official/plans?plan=" + id);
        assertEquals(200, versions.status());
        assertTrue(versions.contains("Plan ingediend") && versions.contains("Plan gewijzigd"), versions.body());
        assertTrue(versions.contains("ans.prive@example.nl"), "officials see the contact details");
    }

    @Test
    void submittedPlanMustStayComplete() {
        press(resident, null, "submit", valid("Compleet plan"));
        long id = idOf("Compleet plan");
        Map<String, String> emptied = valid("Compleet plan");
        emptied.put("summary", "");
        long events = count("select count(*) from audit_event");
        Page refused = press(resident, id, "save", emptied);
        assertEquals(200, refused.status());
        assertTrue(refused.contains("Vul dit veld in."), refused.body());
        assertEquals(events, count("select count(*) from audit_event"));
        assertEquals("Bomen en bankjes op het plein, zodat het er koeler en gezelliger wordt.",
                single("select summary from plan where id = ?", id));
    }

    @Test
    void nobodyEditsOrWithdrawsSomeoneElsesPlan() {
        press(resident, null, "submit", valid("Plan van de demobewoner"));
        long id = idOf("Plan van de demobewoner");
        FacesClient other = register("buurvrouw@example.nl");

        Page editor = PlanPages.open(other, id);
        assertEquals(404, editor.status(), "someone else's plan is not there to edit");
        assertFalse(editor.contains("name=\"plan:title\""), "no form to fill in");

        Page mine = PlanPages.open(resident, id);
        Page forged = other.submit(mine, "plan", "withdraw", Map.of());
        assertEquals(400, forged.status(), "a page of someone else's session has expired for this one");
        assertEquals("SUBMITTED", single("select status from plan where id = ?", id));
        assertEquals(0, count("select count(*) from audit_event where subject_type = 'plan' and subject_id = ? "
                + "and actor = 'buurvrouw@example.nl'", id));
    }

    @Test
    void overlongFieldsAreRefused() {
        assertRefused("submit", f -> f.put("title", "x".repeat(81)), "Gebruik hoogstens 80 tekens.");
        assertRefused("submit", f -> f.put("summary", "x".repeat(301)), "Gebruik hoogstens 300 tekens.");
        assertRefused("submit", f -> f.put("description", "x".repeat(10_001)), "Gebruik hoogstens 10000 tekens.");
        assertRefused("submit", f -> f.put("location", "x".repeat(201)), "Gebruik hoogstens 200 tekens.");
    }

    @Test
    void themeThatIsNotOfThisRoundIsRefused() {
        assertRefused("submit", f -> f.put("theme", "99999"), "Kies een waarde uit de lijst.");
        assertRefused("submit", f -> f.put("neighbourhood", "99999"), "Kies een waarde uit de lijst.");
    }

    @Test
    void markupIsRefusedInEveryTextField() {
        for (String field : List.of("title", "summary", "description", "location", "organisationName",
                "contactName", "costRows:0:costItem")) {
            assertRefused("submit", f -> {
                f.put("submitterRole", "ORGANISATION");
                f.put("organisationName", "Buurtvereniging");
                f.put(field, "Mooi <script>alert('x')</script>");
            }, "Gebruik gewone tekst");
        }
        assertRefused("submit", f -> f.put("contactEmail", "<b>a@b.nl</b>"), "Vul een geldig e-mailadres in");
        assertRefused("submit", f -> f.put("contactPhone", "<img src=x>"), "Gebruik alleen cijfers");
    }

    @Test
    void galleryFiltersByThemeNeighbourhoodStatusAndText() {
        press(resident, null, "submit", valid("Zonnepanelen op het buurthuis"));
        Map<String, String> other = valid("Straatfeest in Westerpark");
        other.put("theme", PlanPages.themeId("Samen in de buurt"));
        other.put("neighbourhood", PlanPages.neighbourhoodId("Westerpark"));
        other.put("summary", "Een groot feest voor iedereen.");
        press(resident, null, "submit", other);

        FacesClient visitor = new FacesClient(base);
        String green = PlanPages.themeId("Groen en klimaat");
        String together = PlanPages.themeId("Samen in de buurt");
        Page byTheme = visitor.get("plannen/?thema=" + together);
        assertTrue(byTheme.contains("Straatfeest in Westerpark"));
        assertFalse(byTheme.contains("Zonnepanelen op het buurthuis"));
        assertTrue(visitor.get("plannen/?thema=" + green).contains("Zonnepanelen op het buurthuis"));
        Page byNeighbourhood = visitor.get("plannen/?buurt=" + PlanPages.neighbourhoodId("Westerpark"));
        assertTrue(byNeighbourhood.contains("Straatfeest in Westerpark"));
        assertFalse(byNeighbourhood.contains("Zonnepanelen"));
        Page search = visitor.get("plannen/?zoek=feest+voor+iedereen");
        assertTrue(search.contains("Straatfeest in Westerpark"));
        assertFalse(search.contains("Zonnepanelen"));
        assertFalse(visitor.get("plannen/?status=withdrawn").contains("Straatfeest in Westerpark"));
        Page odd = visitor.get("plannen/?thema=abc&pagina=-3&sortering=%3Cscript%3E&zoek=%25_%21");
        assertEquals(200, odd.status(), "nonsense parameters are ignored");
        assertTrue(odd.contains("Gevonden plannen: 0"), "% and _ are searched for literally");
    }

    @Test
    void officialsSeeCountsAndExportCsvResidentsDoNot() {
        press(resident, null, "submit", valid("Plan voor de export, \"met\" aanhalingstekens"));
        FacesClient official = signedIn(OFFICIAL);
        Page overview = official.get("official/plans");
        assertEquals(200, overview.status());
        assertTrue(overview.contains("id=\"countsByTheme\""));
        assertTrue(overview.contains("Groen en klimaat"));

        Page csv = official.get("official/plans.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.contains("\"Plan voor de export, \"\"met\"\" aanhalingstekens\""), csv.body());
        assertTrue(csv.contains("\"ans.prive@example.nl\""));
        assertTrue(csv.contains("\"'06 1234 5678\"") || csv.contains("\"06 1234 5678\""));

        assertEquals(403, official.get(PlanPages.EDITOR).status(), "only residents write plans");

        assertEquals(403, resident.get("official/plans.csv").status());
        assertEquals(403, resident.get("official/plans").status());
    }

    @Test
    void filesOfUnknownPlansAreAProblemDocument() {
        Page missing = new FacesClient(base).get("plan-files/987654");
        assertEquals(404, missing.status());
        assertTrue(missing.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(missing.contains("\"status\":404"));
    }

    @Test
    void newResidentGoesFromIdeaToPublishedPlanWithAPhotoAndFindsItInTheGallery() throws IOException {
        Path photo = Files.createTempFile("speeltuin", ".jpg");
        Files.write(photo, TestFiles.jpegWithLocation());
        try (Browser browser = browser()) {
            Residents.registered(browser, "fatima.plannen@example.nl", "Fatima El Amrani",
                    "een-heel-lang-wachtwoord");

            browser.open("account/plans");
            browser.click(By.id("newPlan"));
            assertTrue(browser.fitsWidth(360), "the plan form fits a phone");
            browser.type(By.id("plan:title"), "Schaduw in de speeltuin");
            browser.click(By.id("plan:save"));
            assertTrue(browser.pageText().contains("Het concept \"Schaduw in de speeltuin\" is opgeslagen."),
                    browser.pageText());
            String id = single("select id from plan where title = 'Schaduw in de speeltuin'");
            assertEquals("DRAFT", single("select status from plan where id = ?", id));

            browser.type(By.id("plan:summary"), "Een zonnezeil en twee bomen, zodat kinderen ook in de zomer buiten spelen.");
            browser.type(By.id("plan:description"), "De speeltuin ligt de hele dag in de zon.\nWe willen schaduw.");
            browser.choose(By.id("plan:theme"), "Groen en klimaat");
            browser.choose(By.id("plan:neighbourhood"), "Bos en Lommer");
            browser.type(By.id("plan:location"), "Speeltuin aan de Bos en Lommerweg");
            browser.type(By.id("plan:costRows:0:costItem"), "Zonnezeil");
            browser.type(By.id("plan:costRows:0:costAmount"), "2.400");
            browser.clickAjax(By.id("plan:addCost"));
            browser.waitFor(By.id("plan:costRows:1:costItem"));
            browser.type(By.id("plan:costRows:1:costItem"), "Twee bomen");
            browser.type(By.id("plan:costRows:1:costAmount"), "1.100,50");

            browser.driver().findElement(By.id("plan:upload_input")).sendKeys(photo.toString());
            browser.waitFor(By.xpath("//*[@id='plan:files']//*[contains(text(), '" + photo.getFileName() + "')]"));
            browser.settle();
            browser.checkAccessibility();

            browser.click(By.id("plan:submit"));
            assertTrue(browser.pageText().contains("Het plan \"Schaduw in de speeltuin\" is ingediend."),
                    browser.pageText());
            assertEquals("SUBMITTED", single("select status from plan where id = ?", id));
            assertEquals("350050", single("select cost_cents from plan where id = ?", id));
            assertEquals(1, count("select count(*) from plan_file where plan_id = ?", id));

            browser.open("plannen/");
            assertTrue(browser.fitsWidth(360), "the gallery fits a phone");
            browser.click(By.linkText("Schaduw in de speeltuin"));
            assertTrue(browser.currentUrl().contains("/plannen/" + id + "-schaduw-in-de-speeltuin"));
            assertTrue(browser.text(By.id("costTable")).contains("Twee bomen"));
            assertTrue(browser.text(By.id("planCost")).contains("3.500,50"));
            assertEquals(1, browser.driver().findElements(By.cssSelector(".plan-images img")).size());
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void galleryReadsInEnglishAtThePlansAddress() {
        try (Browser browser = browser()) {
            browser.open("plans");
            assertTrue(browser.pageText().contains("Search in title and summary"), browser.pageText());
            assertTrue(browser.fitsWidth(360));
        }
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

        Page submitted = resident.submit(form, "plan", "submit", valid("Plan met foto's"));

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

        Page submitted = resident.submit(form, "plan", "submit", valid("Plan zonder programma"));
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
        resident.submit(form, "plan", "submit", valid("Plan zonder grote bestanden"));
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
        Page refused = resident.submit(form, "plan", "submit",
                Map.of("title", "Plan met een fout", "costRows:0:costAmount", "-1"));
        assertEquals(200, refused.status());
        assertEquals(files, count("select count(*) from plan_file"), "a refused save leaves no file");
        assertEquals(0, count("select count(*) from plan where title = 'Plan met een fout'"));
    }

    @Test
    void filesOfADraftAreOnlyForItsSubmitter() {
        Page form = PlanPages.open(resident, null);
        upload(form, "schets.png", "image/png", TestFiles.pngWithLocation());
        Page saved = resident.submit(form, "plan", "save",
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
        long id = idFromRedirect(resident.submit(form, "plan", "save",
                Map.of("title", "Plan met een foto die weg moet", "costRows:0:costItem", "Iets",
                        "costRows:0:costAmount", "5")));
        assertEquals(1, count("select count(*) from plan_file where plan_id = ?", id));

        Page editor = PlanPages.open(resident, id);
        String remove = "plan:fileRows:0:removeFile";
        assertEquals(200, resident.ajax(editor, "plan", remove, remove, "plan:files").status());
        Page saved = resident.submit(editor, "plan", "save",
                Map.of("title", "Plan met een foto die weg moet", "costRows:0:costItem", "Iets",
                        "costRows:0:costAmount", "5"));
        assertEquals(302, saved.status(), saved.body());
        assertEquals(0, count("select count(*) from plan_file where plan_id = ?", id));
    }

    /** Runs last: moves the demo round to review and then to voting, which cannot be undone. */
    @Test
    @Order(Integer.MAX_VALUE)
    void phasesFreezeSubmittedPlansAndEndWithdrawalWhenVotingOpens() {
        press(resident, null, "submit", valid("Plan voor de faseproef"));
        long submitted = idOf("Plan voor de faseproef");
        press(resident, null, "submit", valid("Plan dat later wordt ingetrokken"));
        long toWithdraw = idOf("Plan dat later wordt ingetrokken");
        long draft = idFromRedirect(press(resident, null, "save", valid("Concept voor de faseproef")));
        FacesClient official = signedIn(OFFICIAL);

        moveDemoRoundOn(official, "REVIEW");
        long events = count("select count(*) from audit_event");
        Map<String, String> edit = valid("Plan voor de faseproef");
        Page frozenForm = PlanPages.open(resident, submitted);
        assertTrue(frozenForm.contains("Dit plan kan niet meer worden aangepast."), frozenForm.body());
        assertFalse(frozenForm.contains("name=\"plan:save\""), "no save button on a frozen plan");
        Page submitLate = press(resident, draft, "submit", valid("Concept voor de faseproef"));
        assertFalse(submitLate.status() == 302, "no submission after the phase");
        assertEquals("DRAFT", single("select status from plan where id = ?", draft));
        assertTrue(resident.get(PlanPages.EDITOR).contains("U kunt nu geen plannen indienen of aanpassen"));
        assertEquals(events, count("select count(*) from audit_event"));
        assertEquals(edit.get("title"), single("select title from plan where id = ?", submitted));

        Page withdrawn = press(resident, toWithdraw, "withdraw", Map.of());
        assertEquals(302, withdrawn.status(), "withdrawal is possible during review: " + withdrawn.body());
        assertEquals("WITHDRAWN", single("select status from plan where id = ?", toWithdraw));

        Page form = PlanPages.open(resident, submitted);
        moveDemoRoundOn(official, "VOTING");
        Page tooLate = resident.submit(form, "plan", "withdraw", Map.of());
        assertEquals(200, tooLate.status());
        assertTrue(tooLate.contains("Het stemmen is begonnen. Een plan kan nu niet meer worden ingetrokken."),
                tooLate.body());
        assertEquals("SUBMITTED", single("select status from plan where id = ?", submitted));
    }

    private void moveDemoRoundOn(FacesClient official, String expected) {
        String roundId = single("select id from budget_round where name = 'Wijkfonds West 2027'");
        Page rounds = official.get("official/rounds");
        Matcher link = Pattern.compile("round\\?id=(\\d+)").matcher(rounds.body());
        int index = 0;
        while (link.find() && !link.group(1).equals(roundId)) {
            index++;
        }
        Page moved = official.submit(rounds, "rounds", "roundRows:" + index + ":next", Map.of());
        assertEquals(302, moved.status(), moved.body());
        assertEquals(expected, single("select phase from budget_round where id = ?", roundId));
    }

    private FacesClient register(String email) {
        return Residents.registered(base, email, "Buurvrouw", "een-lang-wachtwoord");
    }

    private void assertRefused(String button, Consumer<Map<String, String>> spoil, String message) {
        long plans = count("select count(*) from plan");
        long lines = count("select count(*) from plan_cost_item");
        long events = count("select count(*) from audit_event");
        Map<String, String> fields = valid("Plan met een fout");
        spoil.accept(fields);

        Page result = press(resident, null, button, fields);

        assertEquals(200, result.status(), "the form is shown again");
        assertTrue(result.contains(message.replace("'", "&#39;")) || result.contains(message)
                        || result.contains(message.replace("<", "&lt;")),
                "expected «" + message + "» in:\n" + result.body());
        assertEquals(plans, count("select count(*) from plan"), "no plan stored");
        assertEquals(lines, count("select count(*) from plan_cost_item"), "no cost line stored");
        assertEquals(events, count("select count(*) from audit_event"), "no audit event written");
    }

    private String upload(Page form, String name, String type, byte[] content) {
        return Uploads.upload(base, resident.sessionId(), form, PlanPages.EDITOR, name, type, content);
    }
}
