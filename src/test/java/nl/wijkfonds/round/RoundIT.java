package nl.wijkfonds.round;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Map;

import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rounds through the real pages against the real database: the official's forms in Chromium (see the interfaces),
 * the public home page, and over plain HTTP what no page offers, such as a posted value for a disabled field.
 */
class RoundIT extends DeployedApplication implements RoundEditorTests, PhaseMoveTests {

    private static final String NAME = "Wijkfonds Oost 2031";

    @Test
    void publishedRoundAppearsOnTheHomePageInDutchAndEnglish() {
        FacesClient official = signedIn(OFFICIAL);
        Map<String, String> fields = RoundFormFields.valid(NAME);
        fields.put("year", "2031");
        fields.put("totalBudget", "250.000");
        assertEquals(302, RoundFormFields.save(official, null, fields).status());
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open("official/rounds");
            browser.clickAndReadQuestion(By.xpath("//tr[td/a[normalize-space()='" + NAME + "']]"
                    + "//input[contains(@id, ':next')]"));
            browser.acceptQuestion();
            browser.signOut();

            browser.open("?lang=nl");
            assertEquals(NAME, browser.text(By.id("roundName")));
            assertEquals("€ 250.000,00", browser.text(By.id("totalBudget")));
            assertEquals("Plannen indienen", browser.text(By.id("currentPhase")));
            assertTrue(browser.text(By.id("themes")).contains("Groen"));
            assertTrue(browser.fitsWidth(360), "the home page fits a 360 px wide phone");

            browser.open("?lang=en");
            assertEquals(NAME, browser.text(By.id("roundName")));
            assertEquals("€250,000.00", browser.text(By.id("totalBudget")));
            assertEquals("Submitting plans", browser.text(By.id("currentPhase")));
        }
    }

    @Test
    void budgetCannotChangeOnceVotingHasOpenedEvenWhenPostedForTheDisabledField() {
        FacesClient official = signedIn(OFFICIAL);
        String name = "Wijkfonds Bevroren 2031";
        assertEquals(302, RoundFormFields.save(official, null, RoundFormFields.valid(name)).status());
        long id = Long.parseLong(single("select id from budget_round where name = ?", name));
        for (int step = 0; step < 3; step++) {
            Page rounds = official.get("official/rounds");
            int row = rowIndex(rounds, id);
            assertEquals(302, official.submit(rounds, "rounds", "roundRows:" + row + ":next", Map.of()).status());
        }
        assertEquals("VOTING", single("select phase from budget_round where id = ?", id));

        Map<String, String> renamed = RoundFormFields.valid(name + " (hernoemd)");
        renamed.keySet().removeIf(field -> field.contains("Budget") || field.equals("maxPlanCost")
                || field.equals("votingMethod"));
        assertEquals(302, RoundFormFields.save(official, id, renamed).status(), "names may still change");
        assertEquals(name + " (hernoemd)", single("select name from budget_round where id = ?", id));

        Map<String, String> moreMoney = RoundFormFields.valid(name + " (hernoemd)");
        moreMoney.put("totalBudget", "999.999");
        RoundFormFields.save(official, id, moreMoney);
        assertEquals("30000000", single("select total_budget_cents from budget_round where id = ?", id),
                "a disabled field's posted value is ignored, and the round refuses it anyway");
    }

    /** The row of a round on the rounds page: rows link to each round's form, in page order. */
    private static int rowIndex(Page rounds, long roundId) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("round\\?id=(\\d+)").matcher(rounds.body());
        for (int index = 0; link.find(); index++) {
            if (Long.parseLong(link.group(1)) == roundId) {
                return index;
            }
        }
        throw new AssertionError("round " + roundId + " is not on the rounds page");
    }
}
