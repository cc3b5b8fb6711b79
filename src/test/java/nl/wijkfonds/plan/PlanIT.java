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

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.wijkfonds.plan.PlanPages.idFromRedirect;
import static nl.wijkfonds.plan.PlanPages.idOf;
import static nl.wijkfonds.plan.PlanPages.press;
import static nl.wijkfonds.plan.PlanPages.valid;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Residents write, submit, edit and withdraw plans through the real pages against the real database; everyone
 * browses them; officials list and export them. Every bad input gets its message and leaves nothing stored. The
 * phase test runs last, because it moves the demo round on for good.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanIT extends DeployedApplication {

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
        assertEquals(RESIDENT, single("select actor from audit_event where action = 'plan.submitted' "
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
    void costIsTheSumOfTheCostLines() {
        Page form = PlanPages.open(resident, null);
        PlanPages.addCostLine(resident, form, null);
        Map<String, String> fields = valid("Twee kostenposten");
        fields.put("costRows:1:costItem", "Twee bankjes");
        fields.put("costRows:1:costAmount", "749,50");
        Page submitted = resident.submit(form, PlanPages.EDITOR, "plan", "submit", fields);

        assertEquals(302, submitted.status(), submitted.body());
        long id = idOf("Twee kostenposten");
        assertEquals("200000", single("select cost_cents from plan where id = ?", id));
        assertEquals(List.of("Vier bomen met boomspiegel", "Twee bankjes"),
                nl.wijkfonds.testing.TestDatabase.column("select item from plan_cost_item where plan_id = ? "
                        + "order by position", id));
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
        assertTrue(resident.get("account/plans.xhtml").contains("Half idee"));

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
        Page versions = official.get("official/plans.xhtml?plan=" + id);
        assertEquals(200, versions.status());
        assertTrue(versions.contains("plan.submitted") && versions.contains("plan.edited"), versions.body());
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
    void residentWithdrawsTheirPlan() {
        press(resident, null, "submit", valid("Plan om in te trekken"));
        long id = idOf("Plan om in te trekken");
        Page withdrawn = press(resident, id, "withdraw", Map.of());
        assertEquals(302, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", single("select status from plan where id = ?", id));
        assertEquals(1, count("select count(*) from audit_event where action = 'plan.withdrawn' and subject_id = ?",
                id));
        assertTrue(new FacesClient(base).get("plannen/" + id).contains("Ingetrokken"));
    }

    @Test
    void nobodyEditsOrWithdrawsSomeoneElsesPlan() {
        press(resident, null, "submit", valid("Plan van de demobewoner"));
        long id = idOf("Plan van de demobewoner");
        FacesClient other = register("buurvrouw@example.nl");

        Page editor = PlanPages.open(other, id);
        assertEquals(200, editor.status());
        assertTrue(editor.contains("Dit is niet uw plan."), editor.body());
        assertFalse(editor.contains("name=\"plan:title\""), "no form to fill in");

        Page mine = PlanPages.open(resident, id);
        Page forged = other.submit(mine, PlanPages.path(id), "plan", "withdraw", Map.of());
        assertTrue(forged.status() == 200 || forged.status() >= 400, "a view of someone else does not work");
        assertEquals("SUBMITTED", single("select status from plan where id = ?", id));
        assertEquals(0, count("select count(*) from audit_event where subject_type = 'plan' and subject_id = ? "
                + "and actor = 'buurvrouw@example.nl'", id));
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPageToWriteAPlan() {
        Page response = new FacesClient(base).get(PlanPages.EDITOR);
        assertEquals(302, response.status());
        assertTrue(response.location().contains("login.xhtml"));
    }

    @Test
    void emptyTitleIsRefused() {
        assertRefused("save", f -> f.put("title", ""), "Vul dit veld in.");
        assertRefused("submit", f -> f.put("title", "  "), "Vul dit veld in.");
    }

    @Test
    void overlongFieldsAreRefused() {
        assertRefused("submit", f -> f.put("title", "x".repeat(81)), "Gebruik hoogstens 80 tekens.");
        assertRefused("submit", f -> f.put("summary", "x".repeat(301)), "Gebruik hoogstens 300 tekens.");
        assertRefused("submit", f -> f.put("description", "x".repeat(10_001)), "Gebruik hoogstens 10000 tekens.");
        assertRefused("submit", f -> f.put("location", "x".repeat(201)), "Gebruik hoogstens 200 tekens.");
    }

    @Test
    void emptyFieldsAreRefusedOnSubmission() {
        for (String field : List.of("summary", "description", "location", "contactName", "contactEmail")) {
            assertRefused("submit", f -> f.put(field, ""), "Vul dit veld in");
        }
        assertRefused("submit", f -> f.put("theme", ""), "Vul dit veld in");
        assertRefused("submit", f -> f.put("costRows:0:costItem", ""), "Vul dit veld in.");
        assertRefused("submit", f -> f.put("costRows:0:costAmount", ""), "Vul dit veld in.");
        assertRefused("submit", f -> {
            f.put("submitterRole", "ORGANISATION");
            f.put("organisationName", "");
        }, "Vul de naam van de organisatie in.");
    }

    @Test
    void costLinesThatAreNegativeZeroOrNoAmountAreRefused() {
        assertRefused("submit", f -> f.put("costRows:0:costAmount", "-250"), "Elk bedrag moet meer dan € 0 zijn.");
        assertRefused("save", f -> f.put("costRows:0:costAmount", "0"), "Elk bedrag moet meer dan € 0 zijn.");
        assertRefused("submit", f -> f.put("costRows:0:costAmount", "veel geld"), "Vul een bedrag in euro in");
        assertRefused("submit", f -> f.put("costRows:0:costAmount", "12 euro"), "Vul een bedrag in euro in");
    }

    @Test
    void costAboveTheRoundsMaximumIsRefused() {
        assertRefused("submit", f -> f.put("costRows:0:costAmount", "50.000,01"),
                "De totale kosten zijn hoger dan het maximale bedrag per plan in deze ronde.");
        assertRefused("save", f -> f.put("costRows:0:costAmount", "999.999"),
                "De totale kosten zijn hoger dan het maximale bedrag per plan in deze ronde.");
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
    void messagesComeInEnglishWhenTheResidentChoseEnglish() {
        resident.get("?lang=en");
        assertRefused("submit", f -> f.put("costRows:0:costAmount", "0"), "Every amount must be more than €0.");
        assertRefused("submit", f -> f.put("summary", ""), "Please fill in this field.");
        assertRefused("submit", f -> f.put("title", "<i>x</i>"), "Use plain text");
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
        Page overview = official.get("official/plans.xhtml");
        assertEquals(200, overview.status());
        assertTrue(overview.contains("id=\"countsByTheme\""));
        assertTrue(overview.contains("Groen en klimaat"));

        Page csv = official.get("official/plans.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.contains("\"Plan voor de export, \"\"met\"\" aanhalingstekens\""), csv.body());
        assertTrue(csv.contains("\"ans.prive@example.nl\""));
        assertTrue(csv.contains("\"'06 1234 5678\"") || csv.contains("\"06 1234 5678\""));

        assertTrue(official.get(PlanPages.EDITOR).contains("Alleen bewoners dienen plannen in."),
                "officials get a message, not an error page");

        assertEquals(403, resident.get("official/plans.csv").status());
        assertEquals(403, resident.get("official/plans.xhtml").status());
    }

    @Test
    void filesOfUnknownPlansAreAProblemDocument() {
        Page missing = new FacesClient(base).get("plan-files/987654");
        assertEquals(404, missing.status());
        assertTrue(missing.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(missing.contains("\"status\":404"));
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
        Page tooLate = resident.submit(form, PlanPages.path(submitted), "plan", "withdraw", Map.of());
        assertEquals(200, tooLate.status());
        assertTrue(tooLate.contains("Het stemmen is begonnen. Een plan kan nu niet meer worden ingetrokken."),
                tooLate.body());
        assertEquals("SUBMITTED", single("select status from plan where id = ?", submitted));
    }

    private void moveDemoRoundOn(FacesClient official, String expected) {
        String roundId = single("select id from budget_round where name = 'Wijkfonds West 2027'");
        Page rounds = official.get("official/rounds.xhtml");
        Matcher link = Pattern.compile("round\\.xhtml\\?id=(\\d+)").matcher(rounds.body());
        int index = 0;
        while (link.find() && !link.group(1).equals(roundId)) {
            index++;
        }
        Page moved = official.submit(rounds, "official/rounds.xhtml", "rounds", "roundRows:" + index + ":next",
                Map.of());
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
}
