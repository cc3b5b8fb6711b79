package nl.wijkfonds.community;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static nl.wijkfonds.community.CommunityPages.PASSWORD;
import static nl.wijkfonds.community.CommunityPages.planPath;
import static nl.wijkfonds.community.CommunityPages.resident;
import static nl.wijkfonds.community.CommunityPages.supporters;
import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.DemoRound.submissionPhase;
import static nl.wijkfonds.testing.DemoRound.submitPlan;
import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.FormProblems.none;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The community's forms in Chromium, as people use them, with axe-core on every page: the support rules sent wrong
 * first, the map area likewise, a resident supporting on the plan's page (also at 360 px), and the administrator's jobs page.
 */
interface CommunityFormTests extends Deployed {

    String DAYS = "Vul een aantal dagen in van 0 tot en met 60.";
    String THRESHOLD = "Vul een aantal in van 1 tot en met 100.000, of laat het veld leeg.";

    @Test
    @Order(60)
    @CoversForm(page = "official/community/index.xhtml", form = "supportRules")
    @CoversForm(page = "official/community/index.xhtml", form = "roundChoice")
    @CoversForm(page = "admin/jobs.xhtml", form = "jobs")
    default void officialSetsTheSupportRulesOneFieldAtATime() {
        submissionPhase(signedIn(OFFICIAL));
        long events = count("select count(*) from audit_event where action = 'community.rules-set'");
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, "wijkfonds-demo", "nl");
            browser.open("official/community/");
            browser.choose(By.id("round"), "Wijkfonds West 2027");
            browser.click(By.cssSelector("#roundChoice button[type=submit]"));
            assertTrue(browser.currentUrl().contains("round="), browser.currentUrl());

            browser.type(By.id("supportRules:supportDaysAfter"), "90");
            browser.type(By.id("supportRules:supportThreshold"), "0");
            browser.click(By.id("supportRules:save"));
            field("supportRules:supportDaysAfter", DAYS).and("supportRules:supportThreshold", THRESHOLD)
                    .assertShownIn(browser);
            assertEquals("90", browser.value("supportRules:supportDaysAfter"), "what was typed stays");

            browser.type(By.id("supportRules:supportDaysAfter"), "5");
            browser.click(By.id("supportRules:save"));
            field("supportRules:supportThreshold", THRESHOLD).assertShownIn(browser);
            assertEquals("5", browser.value("supportRules:supportDaysAfter"));
            assertEquals(events, count("select count(*) from audit_event where action = 'community.rules-set'"),
                    "nothing stored from the wrong tries");

            browser.type(By.id("supportRules:supportThreshold"), "");
            browser.click(By.id("supportRules:save"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("zijn opgeslagen"), browser.pageText());
        }
        assertEquals("5", single("select support_days_after from community_settings"));

        try (Browser browser = browser()) {
            browser.signIn(ADMIN, "wijkfonds-demo", "en");
            browser.open("admin/jobs");
            browser.click(By.id("jobs:closeSupport"));
            assertTrue(browser.pageText().contains("Support closed in 0 round(s)."), browser.pageText());
        }
    }

    @Test
    @Order(65)
    @CoversForm(page = "official/community/index.xhtml", form = "mapArea")
    default void officialSetsTheMapAreaOneFieldAtATime() {
        String longitude = "Vul een lengtegraad in tussen -180 en 180, met hoogstens 6 cijfers achter de komma.";
        long events = count("select count(*) from audit_event where action = 'community.area-set'");
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, "wijkfonds-demo", "nl");
            browser.open("official/community/");
            browser.type(By.id("mapArea:south"), "zuid");
            browser.type(By.id("mapArea:west"), "200");
            browser.type(By.id("mapArea:north"), "");
            browser.click(By.id("mapArea:save"));
            field("mapArea:south", "Vul een getal in, zoals 2027.").and("mapArea:west", longitude)
                    .and("mapArea:north", "Vul deze rand in.").assertShownIn(browser);
            assertEquals("zuid", browser.value("mapArea:south"), "what was typed stays");

            browser.type(By.id("mapArea:north"), "52,30");
            browser.click(By.id("mapArea:save"));
            field("mapArea:south", "Vul een getal in, zoals 2027.").and("mapArea:west", longitude)
                    .assertShownIn(browser);
            assertEquals("52,30", browser.value("mapArea:north"));

            browser.type(By.id("mapArea:south"), "52.35");
            browser.type(By.id("mapArea:west"), "4.79");
            browser.click(By.id("mapArea:save"));
            field("mapArea:north", "De noordrand moet ten noorden van de zuidrand liggen: een groter getal.")
                    .assertShownIn(browser);
            assertEquals(events, count("select count(*) from audit_event where action = 'community.area-set'"),
                    "nothing stored from the wrong tries");

            browser.type(By.id("mapArea:north"), "52,40");
            browser.type(By.id("mapArea:east"), "4.90");
            browser.click(By.id("mapArea:save"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("Het gebied van Wijkfonds West 2027 is opgeslagen."),
                    browser.pageText());
            assertEquals("52.4", browser.value("mapArea:north"), "the page shows the stored area");
        }
        assertEquals("52.350000 4.790000 52.400000 4.900000", single("select concat_ws(' ', area_south, area_west,"
                + " area_north, area_east) from community_settings"));
        assertEquals(events + 1, count("select count(*) from audit_event where action = 'community.area-set'"));
    }

    @Test
    @Order(70)
    @CoversForm(page = "WEB-INF/community/support.xhtml", form = "support")
    default void residentSupportsOnThePlansPageAtPhoneWidth() {
        submissionPhase(signedIn(OFFICIAL));
        long plan = submitPlan(signedIn(RESIDENT), "Speelstraat op woensdag", "900");
        resident(base(), "fan3@example.nl");
        try (Browser browser = browser()) {
            browser.signIn("fan3@example.nl", PASSWORD, "nl");
            browser.open(planPath(plan));
            assertTrue(browser.fitsWidth(360), "the plan page fits a phone");
            assertTrue(browser.pageText().contains("Steunen is geen stem."));
            browser.click(By.id("support:support"));
            assertTrue(browser.pageText().contains("U steunt dit plan."), browser.pageText());
            assertEquals("1", browser.text(By.id("supportCount")));
            assertEquals(1, supporters(plan));
            browser.click(By.id("support:withdraw"));
            assertEquals("0", browser.text(By.id("supportCount")));
            browser.open(planPath(plan) + "?lang=en");
            assertTrue(browser.pageText().contains("Support is not a vote."), browser.pageText());
        }
        assertEquals(0, supporters(plan));
    }
}
