package nl.wijkfonds.plan;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.FormProblems.group;
import static nl.wijkfonds.testing.Messages.NOT_AN_AMOUNT;
import static nl.wijkfonds.testing.Messages.REQUIRED;
import static nl.wijkfonds.testing.TestDatabase.column;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident writes a plan in Chromium: mistakes in the text, the choices and the cost lines first. */
interface PlanEditorTests extends Deployed {

    String NOT_POSITIVE = "Elk bedrag moet meer dan € 0 zijn.";
    String OVER_MAXIMUM = "De totale kosten zijn hoger dan het maximale bedrag per plan in deze ronde.";

    @Test
    @CoversForm(page = "account/plan.xhtml", form = "plan")
    default void residentSubmitsAPlanAfterMissingFieldsABadAmountAZeroAmountAndTooHighACost() {
        String title = "Moestuin op het plein";
        long plans = count("select count(*) from plan");
        long lines = count("select count(*) from plan_cost_item");
        try (Browser browser = browser()) {
            browser.signIn(RESIDENT, PASSWORD, "nl");
            browser.open("account/plans");
            browser.click(By.id("newPlan"));
            browser.type(By.id("plan:title"), title);
            browser.type(By.id("plan:description"), "We maken een moestuin.\nDe buurt helpt mee.");
            browser.choose(By.id("plan:neighbourhood"), "De Baarsjes");
            browser.type(By.id("plan:location"), "Het plein aan de Jan Hanzenstraat");
            browser.type(By.id("plan:costRows:0:costItem"), "Aarde en bakken");
            browser.type(By.id("plan:costRows:0:costAmount"), "veel geld");
            browser.click(By.id("plan:submit"));
            field("plan:summary", REQUIRED).and("plan:theme", REQUIRED)
                    .and("plan:costRows:0:costAmount", NOT_AN_AMOUNT).assertShownIn(browser);
            assertEquals(title, browser.value("plan:title"));
            assertEquals("We maken een moestuin.\nDe buurt helpt mee.", browser.value("plan:description"));
            assertEquals("De Baarsjes", browser.chosen("plan:neighbourhood"));
            assertEquals("veel geld", browser.value("plan:costRows:0:costAmount"));

            browser.type(By.id("plan:costRows:0:costAmount"), "1.250,50");
            browser.choose(By.id("plan:theme"), "Groen en klimaat");
            browser.clickAjax(By.id("plan:addCost"));
            browser.waitFor(By.id("plan:costRows:1:costItem"));
            browser.type(By.id("plan:costRows:1:costItem"), "Zaden");
            browser.type(By.id("plan:costRows:1:costAmount"), "0");
            browser.click(By.id("plan:submit"));
            field("plan:summary", REQUIRED).assertShownIn(browser);
            assertEquals("1.250,50", browser.value("plan:costRows:0:costAmount"));
            assertEquals("Groen en klimaat", browser.chosen("plan:theme"));
            assertEquals("Zaden", browser.value("plan:costRows:1:costItem"));

            browser.type(By.id("plan:summary"), "Groente kweken met de buren, midden op het plein.");
            browser.click(By.id("plan:submit"));
            field("plan:costRows:1:costAmount", NOT_POSITIVE).assertShownIn(browser);
            assertEquals("0", browser.value("plan:costRows:1:costAmount"));

            browser.type(By.id("plan:costRows:1:costAmount"), "50.000");
            browser.click(By.id("plan:submit"));
            group("plan:costsProblem", OVER_MAXIMUM).assertShownIn(browser);
            assertEquals(plans, count("select count(*) from plan"), "nothing stored from the wrong tries");
            assertEquals(lines, count("select count(*) from plan_cost_item"));

            browser.type(By.id("plan:costRows:1:costAmount"), "249,50");
            browser.click(By.id("plan:submit"));
            assertTrue(browser.currentUrl().endsWith("/account/plans"), browser.currentUrl());
            assertTrue(browser.pageText().contains("Het plan \"" + title + "\" is ingediend."), browser.pageText());
            assertTrue(browser.errorSummary().isEmpty());
        }
        String id = single("select id from plan where title = ?", title);
        assertEquals("SUBMITTED", single("select status from plan where id = ?", id));
        assertEquals("150000", single("select cost_cents from plan where id = ?", id));
        assertEquals(List.of("Aarde en bakken", "Zaden"),
                column("select item from plan_cost_item where plan_id = ? order by position", id));
        assertEquals(single("select public_id from account where email = ?", RESIDENT),
                single("select actor from audit_event where action = 'plan.submitted' "
                + "and subject_id = ?", id));
    }

    @Test
    default void residentSavesADraftCannotSubmitItIncompleteAndDeletesItAfterAQuestion() {
        long plans = count("select count(*) from plan");
        try (Browser browser = browser()) {
            browser.signIn(RESIDENT, PASSWORD, "nl");
            browser.open("account/plan");
            browser.type(By.id("plan:location"), "Ergens in West");
            browser.click(By.id("plan:save"));
            field("plan:title", REQUIRED).assertShownIn(browser);
            assertEquals("Ergens in West", browser.value("plan:location"));
            assertEquals(plans, count("select count(*) from plan"));

            browser.type(By.id("plan:title"), "Half idee");
            browser.click(By.id("plan:save"));
            assertTrue(browser.pageText().contains("Het concept \"Half idee\" is opgeslagen."), browser.pageText());
            String id = single("select id from plan where title = 'Half idee'");
            assertEquals("DRAFT", single("select status from plan where id = ?", id));
            assertTrue(browser.currentUrl().endsWith("/account/plan?id=" + id), browser.currentUrl());

            browser.click(By.id("plan:submit"));
            field("plan:summary", REQUIRED).and("plan:description", REQUIRED).and("plan:theme", REQUIRED)
                    .and("plan:neighbourhood", REQUIRED).assertShownIn(browser);
            assertEquals("DRAFT", single("select status from plan where id = ?", id));
            assertEquals("Ergens in West", browser.value("plan:location"));

            String question = browser.clickAndReadQuestion(By.id("plan:delete"));
            assertTrue(question.contains("Half idee"), question);
            browser.dismissQuestion();
            assertEquals(1, count("select count(*) from plan where id = ?", id), "cancelled: the draft stays");

            browser.clickAndReadQuestion(By.id("plan:delete"));
            browser.acceptQuestion();
            assertTrue(browser.pageText().contains("Het concept \"Half idee\" is verwijderd."), browser.pageText());
            assertEquals(0, count("select count(*) from plan where id = ?", id));
            assertFalse(browser.pageText().contains("Half idee\n"), "gone from my plans");
        }
        assertEquals(plans, count("select count(*) from plan"));
    }

    @Test
    default void residentWithdrawsASubmittedPlanFromTheEditorAfterAQuestion() {
        long id = PlanPages.submitted(signedIn(RESIDENT), "Plan om in te trekken");
        try (Browser browser = browser()) {
            browser.signIn(RESIDENT, PASSWORD, "nl");
            browser.open("account/plan?id=" + id);
            String question = browser.clickAndReadQuestion(By.id("plan:withdraw"));
            assertTrue(question.contains("Plan om in te trekken"), question);
            browser.dismissQuestion();
            assertEquals("SUBMITTED", single("select status from plan where id = ?", id));

            browser.clickAndReadQuestion(By.id("plan:withdraw"));
            browser.acceptQuestion();
            assertTrue(browser.pageText().contains("Het plan \"Plan om in te trekken\" is ingetrokken."),
                    browser.pageText());
        }
        assertEquals("WITHDRAWN", single("select status from plan where id = ?", id));
        assertEquals(1, count("select count(*) from audit_event where action = 'plan.withdrawn' and subject_id = ?",
                id));
    }
}
