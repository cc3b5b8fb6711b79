package nl.wijkfonds.round;

import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An official sets up and runs rounds through the real pages, against the real database: the round's rules, the
 * messages a person gets for bad input (with nothing stored), phase changes and their audit events.
 */
class RoundIT extends DeployedApplication {

    private FacesClient official;

    @BeforeEach
    void signIn() {
        official = signedIn(OFFICIAL);
    }

    @Test
    void officialCreatesARoundAndTheAuditLogRecordsWhoDidIt() {
        Page saved = RoundFormFields.save(official, null, RoundFormFields.valid("Wijkfonds Noord 2031"));

        assertEquals(302, saved.status(), saved.body());
        String id = single("select id from budget_round where name = 'Wijkfonds Noord 2031'");
        assertEquals("30000000", single("select total_budget_cents from budget_round where id = ?", id));
        assertEquals("DRAFT", single("select phase from budget_round where id = ?", id));
        assertEquals(1, count("select count(*) from theme where round_id = ?", id));
        assertEquals(7, count("select count(*) from phase_start where round_id = ?", id));
        assertEquals(OFFICIAL, single("select actor from audit_event where action = 'round.created' "
                + "and subject_id = ?", id));
        assertTrue(single("select after_state from audit_event where action = 'round.created' and subject_id = ?",
                id).contains("\"totalBudgetCents\":30000000"));
    }

    @Test
    void unknownRoundIsNotFound() {
        assertEquals(404, official.get("official/round.xhtml?id=987654").status());
    }

    @Test
    void negativeBudgetIsRefused() {
        assertRefused(f -> f.put("totalBudget", "-300000"), "Het budget moet meer dan € 0 zijn.");
    }

    @Test
    void budgetThatIsNotAnAmountIsRefused() {
        assertRefused(f -> f.put("totalBudget", "drie ton"), "Vul een bedrag in euro in");
    }

    @Test
    void subBudgetsAboveTheTotalAreRefused() {
        assertRefused(f -> {
            f.put("totalBudget", "10.000");
            f.put("maxPlanCost", "5.000");
            f.put("neighbourhoodRows:0:neighbourhoodBudget", "12.000");
        }, "Samen zijn deze budgetten hoger dan het totale budget van de ronde.");
    }

    @Test
    void themeSharesAboveTheTotalAreRefused() {
        assertRefused(f -> {
            f.put("totalBudget", "10.000");
            f.put("maxPlanCost", "5.000");
            f.put("themeRows:0:themeBudget", "10.000,01");
        }, "Samen zijn deze budgetten hoger dan het totale budget van de ronde.");
    }

    @Test
    void maximumPerPlanAboveTheBudgetIsRefused() {
        assertRefused(f -> f.put("maxPlanCost", "400.000"), "Het maximale bedrag per plan");
    }

    @Test
    void phaseDatesOutOfOrderAreRefused() {
        assertRefused(f -> f.put("phaseRows:3:phaseStart", "2030-01-01"), "De datums staan niet in de goede volgorde.");
    }

    @Test
    void tenThousandCharacterNameIsRefused() {
        assertRefused(f -> f.put("name", "x".repeat(10_000)), "Gebruik hoogstens 120 tekens.");
    }

    @Test
    void scriptTagsInNamesAndDescriptionsAreRefused() {
        assertRefused(f -> f.put("name", "<script>alert('x')</script>"), "Gebruik gewone tekst");
        assertRefused(f -> f.put("themeRows:0:themeDescription", "Mooi <img src=x onerror=alert(1)>"),
                "Gebruik gewone tekst");
    }

    @Test
    void emptyRequiredFieldsAreRefused() {
        assertRefused(f -> f.put("name", ""), "Vul dit veld in.");
        assertRefused(f -> f.put("phaseRows:0:phaseStart", ""), "Vul voor elke fase een startdatum in.");
    }

    @Test
    void messagesComeInEnglishWhenTheOfficialChoseEnglish() {
        official.get("?lang=en");
        assertRefused(f -> f.put("totalBudget", "0"), "The budget must be more than €0.");
    }

    @Test
    void phasesMoveForwardOneStepAndEachChangeIsAudited() {
        long roundId = createRound("Wijkfonds Fasen 2031");

        for (String expected : new String[]{"SUBMISSION", "REVIEW", "VOTING"}) {
            Page rounds = official.get("official/rounds.xhtml");
            Page moved = official.submit(rounds, "official/rounds.xhtml", "rounds", rowOf(rounds, roundId) + ":next",
                    Map.of());
            assertEquals(302, moved.status(), moved.body());
            assertEquals(expected, single("select phase from budget_round where id = ?", roundId));
        }
        assertEquals(3, count("select count(*) from audit_event where action = 'round.phase-changed' "
                + "and subject_id = ?", roundId));
        assertTrue(single("select before_state from audit_event where action = 'round.phase-changed' "
                + "and subject_id = ? order by id desc limit 1", roundId).contains("\"phase\":\"REVIEW\""));

        Page rounds = official.get("official/rounds.xhtml");
        assertFalse(rounds.contains("roundRows:" + rowIndex(rounds, roundId) + ":back"),
                "no way back once voting has opened");
    }

    @Test
    void budgetCannotChangeOnceVotingHasOpened() {
        long roundId = createRound("Wijkfonds Bevroren 2031");
        for (int step = 0; step < 3; step++) {
            Page rounds = official.get("official/rounds.xhtml");
            official.submit(rounds, "official/rounds.xhtml", "rounds", rowOf(rounds, roundId) + ":next", Map.of());
        }
        assertEquals("VOTING", single("select phase from budget_round where id = ?", roundId));

        Map<String, String> fields = RoundFormFields.valid("Wijkfonds Bevroren 2031 (hernoemd)");
        fields.remove("totalBudget");
        fields.remove("maxPlanCost");
        fields.remove("votingMethod");
        fields.remove("themeRows:0:themeBudget");
        fields.remove("neighbourhoodRows:0:neighbourhoodBudget");
        Page renamed = RoundFormFields.save(official, roundId, fields);
        assertEquals(302, renamed.status(), "names may still change: " + renamed.body());
        assertEquals("Wijkfonds Bevroren 2031 (hernoemd)",
                single("select name from budget_round where id = ?", roundId));

        Map<String, String> moreMoney = RoundFormFields.valid("Wijkfonds Bevroren 2031 (hernoemd)");
        moreMoney.put("totalBudget", "999.999");
        RoundFormFields.save(official, roundId, moreMoney);
        assertEquals("30000000", single("select total_budget_cents from budget_round where id = ?", roundId),
                "a disabled field's posted value is ignored, and the round refuses it anyway");
    }

    private long createRound(String name) {
        Page saved = RoundFormFields.save(official, null, RoundFormFields.valid(name));
        assertEquals(302, saved.status(), saved.body());
        return Long.parseLong(single("select id from budget_round where name = ?", name));
    }

    /** The row prefix of a round on the rounds page, e.g. "roundRows:1". */
    private static String rowOf(Page rounds, long roundId) {
        return "roundRows:" + rowIndex(rounds, roundId);
    }

    /** Rows list each round with a link to its form, in page order. */
    private static int rowIndex(Page rounds, long roundId) {
        Matcher link = Pattern.compile("round\\.xhtml\\?id=(\\d+)").matcher(rounds.body());
        for (int index = 0; link.find(); index++) {
            if (Long.parseLong(link.group(1)) == roundId) {
                return index;
            }
        }
        throw new AssertionError("round " + roundId + " is not on the rounds page");
    }

    private void assertRefused(Consumer<Map<String, String>> spoil, String message) {
        long roundsBefore = count("select count(*) from budget_round");
        long eventsBefore = count("select count(*) from audit_event");
        Map<String, String> fields = RoundFormFields.valid("Wijkfonds Fout 2031");
        spoil.accept(fields);

        Page result = RoundFormFields.save(official, null, fields);

        assertEquals(200, result.status(), "the form is shown again");
        assertTrue(result.contains(message.replace("'", "&#39;")) || result.contains(message),
                "expected «" + message + "» in:\n" + result.body());
        assertEquals(roundsBefore, count("select count(*) from budget_round"), "no round stored");
        assertEquals(eventsBefore, count("select count(*) from audit_event"), "no audit event written");
    }
}
