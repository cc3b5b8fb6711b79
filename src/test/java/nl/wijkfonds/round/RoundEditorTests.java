package nl.wijkfonds.round;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.FormProblems.group;
import static nl.wijkfonds.testing.Messages.PLAIN_TEXT;
import static nl.wijkfonds.testing.Messages.NOT_AN_AMOUNT;
import static nl.wijkfonds.testing.Messages.REQUIRED;
import static nl.wijkfonds.testing.TestDatabase.column;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An official sets up a round in Chromium, with the mistakes people make in a long form. */
interface RoundEditorTests extends Deployed {

    String OVER_TOTAL = "Samen zijn deze budgetten hoger dan het totale budget van de ronde.";
    String DATE_ORDER = "De datums staan niet in de goede volgorde. Een fase kan niet beginnen voor de fase ervoor.";
    String DATE_4 = "round:phaseRows:3:phaseStart";

    @Test
    @CoversForm(page = "official/round.xhtml", form = "round")
    default void officialCreatesARoundAfterABadAmountSharesOverTheTotalAndDatesOutOfOrder() {
        long rounds = count("select count(*) from budget_round");
        long events = count("select count(*) from audit_event");
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open("official/rounds");
            browser.click(By.id("newRound"));
            browser.type(By.id("round:year"), "2031");
            browser.type(By.id("round:totalBudget"), "drie ton");
            browser.type(By.id("round:maxPlanCost"), "40.000");
            browser.type(By.id("round:contactRetentionMonths"), "200");
            browser.type(By.id("round:themeRows:0:themeName"), "Groen");
            browser.type(By.id("round:themeRows:0:themeDescription"), "Mooi <img src=x onerror=alert(1)>");
            browser.type(By.id("round:themeRows:0:themeBudget"), "10.000");
            browser.type(By.id("round:neighbourhoodRows:0:neighbourhoodName"), "Rivierenbuurt");
            browser.type(By.id("round:neighbourhoodRows:0:postcodeRanges"), "1078-1079");
            for (int i = 0; i < RoundFormFields.PHASE_STARTS.size(); i++) {
                browser.setValue(By.id("round:phaseRows:" + i + ":phaseStart"), RoundFormFields.PHASE_STARTS.get(i));
            }
            browser.setValue(By.id(DATE_4), "2030-05-10");
            browser.click(By.id("round:save"));
            field("round:name", REQUIRED).and("round:totalBudget", NOT_AN_AMOUNT)
                    .and("round:themeRows:0:themeDescription", PLAIN_TEXT)
                    .and("round:contactRetentionMonths", "Vul een aantal maanden in van 0 tot en met 120.")
                    .assertShownIn(browser);
            assertEquals("200", browser.value("round:contactRetentionMonths"));
            assertEquals("drie ton", browser.value("round:totalBudget"), "the wrong amount is kept to correct");
            assertEquals("40.000", browser.value("round:maxPlanCost"));
            assertEquals("Groen", browser.value("round:themeRows:0:themeName"));
            assertEquals("10.000", browser.value("round:themeRows:0:themeBudget"));
            assertEquals("2030-05-10", browser.value(DATE_4));

            browser.type(By.id("round:name"), "Wijkfonds Zuid 2031");
            browser.type(By.id("round:contactRetentionMonths"), "12");
            browser.type(By.id("round:totalBudget"), "100.000,50");
            browser.type(By.id("round:themeRows:0:themeDescription"), "Meer bomen en planten");
            browser.type(By.id("round:themeRows:0:themeBudget"), "200.000");
            browser.click(By.id("round:save"));
            group("round:themesProblem", OVER_TOTAL).and(DATE_4, DATE_ORDER).assertShownIn(browser);
            assertEquals("100.000,50", browser.value("round:totalBudget"));
            assertEquals("Wijkfonds Zuid 2031", browser.value("round:name"));

            browser.clickAjax(By.id("round:addTheme"));
            browser.waitFor(By.id("round:themeRows:1:themeName"));
            browser.type(By.id("round:themeRows:1:themeName"), "Spelen");
            browser.type(By.id("round:themeRows:1:themeDescription"), "Speeltuinen en pleinen");
            browser.type(By.id("round:themeRows:0:themeBudget"), "20.000");
            browser.click(By.id("round:save"));
            field(DATE_4, DATE_ORDER).assertShownIn(browser);
            assertEquals("20.000", browser.value("round:themeRows:0:themeBudget"));
            assertEquals("Spelen", browser.value("round:themeRows:1:themeName"));
            assertEquals(rounds, count("select count(*) from budget_round"), "nothing stored from the wrong tries");
            assertEquals(events, count("select count(*) from audit_event"));

            browser.setValue(By.id(DATE_4), RoundFormFields.PHASE_STARTS.get(3));
            browser.click(By.id("round:save"));
            assertTrue(browser.pageText().contains("De ronde \"Wijkfonds Zuid 2031\" is opgeslagen."),
                    browser.pageText());
            assertTrue(browser.errorSummary().isEmpty());
        }
        String id = single("select id from budget_round where name = 'Wijkfonds Zuid 2031'");
        assertEquals("10000050", single("select total_budget_cents from budget_round where id = ?", id));
        assertEquals("4000000", single("select max_plan_cost_cents from budget_round where id = ?", id));
        assertEquals("DRAFT", single("select phase from budget_round where id = ?", id));
        assertEquals("12", single("select contact_retention_months from budget_round where id = ?", id));
        assertEquals(List.of("Groen", "Spelen"), column("select name from theme where round_id = ? order by position", id));
        assertEquals("2000000", single("select budget_cents from theme where round_id = ? and name = 'Groen'", id));
        assertEquals("2031-05-10", single("select starts_on from phase_start where round_id = ? and phase = 'TALLYING'",
                id));
        assertEquals(single("select public_id from account where email = ?", OFFICIAL),
                single("select actor from audit_event where action = 'round.created' "
                + "and subject_id = ?", id));
    }

    @Test
    default void roundFormSpeaksEnglishToAnOfficialWhoChoseEnglish() {
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "en");
            browser.open("official/round");
            browser.type(By.id("round:name"), "<script>alert(1)</script>");
            browser.click(By.id("round:save"));
            field("round:name", "Use plain text, without code such as <script>.")
                    .and("round:year", "Please fill in this field.")
                    .and("round:totalBudget", "Please fill in this field.")
                    .and("round:maxPlanCost", "Please fill in this field.")
                    .and("round:themeRows:0:themeName", "Please fill in this field.")
                    .and("round:themeRows:0:themeDescription", "Please fill in this field.")
                    .and("round:neighbourhoodRows:0:neighbourhoodName", "Please fill in this field.")
                    .and("round:neighbourhoodRows:0:postcodeRanges", "Please fill in this field.")
                    .assertShownIn(browser);
            assertTrue(browser.fitsWidth(360), "the round form fits a 360 px wide phone");
        }
    }
}
