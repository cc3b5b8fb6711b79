package nl.wijkfonds.results;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Map;

import static nl.wijkfonds.results.ResultsSetup.ballot;
import static nl.wijkfonds.results.ResultsSetup.eligiblePlan;
import static nl.wijkfonds.results.ResultsSetup.moveTo;
import static nl.wijkfonds.results.ResultsSetup.nextPhase;
import static nl.wijkfonds.results.ResultsSetup.round;
import static nl.wijkfonds.testing.DemoAccounts.AUDITOR;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counting rule, chosen before voting; the tally, started by an official once voting has closed. */
interface TallyTests extends Deployed {

    String PAGE = "official/results?round=";

    @Test
    @Order(10)
    @CoversForm(page = "official/results.xhtml", form = "rule")
    default void officialChoosesTheCountingRuleBeforeVotingAndItIsFixedOnceVotingOpens() {
        FacesClient resident = signedIn(RESIDENT);
        eligiblePlan(resident, "Speeltuin Bos en Lommer", "Bos en Lommer", "40.000");
        eligiblePlan(resident, "Bankjes Bos en Lommer", "Bos en Lommer", "20.000");
        eligiblePlan(resident, "Moestuin Bos en Lommer", "Bos en Lommer", "30.000");
        eligiblePlan(resident, "Buurtfeest Oud-West", "Oud-West", "5.000");
        eligiblePlan(resident, "Fietsenstalling Oud-West", "Oud-West", "45.000");
        eligiblePlan(resident, "Bloembakken Westerpark", "Westerpark", "3.000");
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open(PAGE + round());
            browser.driver().findElement(By.cssSelector("input[value='GREEDY']")).click();
            browser.click(By.id("rule:save"));
            assertTrue(browser.pageText().contains("De telregel van Wijkfonds West 2027 is opgeslagen."),
                    browser.pageText());
            assertEquals("GREEDY", single("select rule from counting_rule where round_id = ?", round()));
            browser.driver().findElement(By.cssSelector("input[value='EQUAL_SHARES']")).click();
            browser.click(By.id("rule:save"));
        }
        assertEquals("EQUAL_SHARES", single("select rule from counting_rule where round_id = ?", round()));
        assertEquals(2, count("select count(*) from audit_event where action = 'results.rule-chosen'"));

        FacesClient official = signedIn(OFFICIAL);
        Page beforeVoting = official.get(PAGE + round());
        moveTo(official, "VOTING");
        Page refused = official.submit(beforeVoting, "rule", "save", Map.of("rule", "GREEDY"));
        assertEquals(200, refused.status());
        assertTrue(refused.contains("Het stemmen is begonnen. De telregel ligt nu vast."), refused.body());
        assertEquals("EQUAL_SHARES", single("select rule from counting_rule where round_id = ?", round()));
        assertFalse(official.get(PAGE + round()).contains("rule:save"), "no form once voting opened");
    }

    @Test
    @Order(20)
    default void ballotsStaySecretAndNothingIsCountedWhileVotingIsOpen() {
        long bos1 = planId("Speeltuin Bos en Lommer");
        long bos2 = planId("Bankjes Bos en Lommer");
        long bos3 = planId("Moestuin Bos en Lommer");
        long west1 = planId("Buurtfeest Oud-West");
        long west2 = planId("Fietsenstalling Oud-West");
        ballot("ACDEFGHJKM33", "Bos en Lommer", bos1, bos2);
        ballot("ACDEFGHJKM34", "Bos en Lommer", bos1);
        ballot("ACDEFGHJKM36", "Bos en Lommer", bos1, bos3);
        ballot("ACDEFGHJKM37", "Bos en Lommer", bos2, bos3);
        ballot("ACDEFGHJKM39", "Bos en Lommer", bos3);
        ballot("ACDEFGHJKMAA", "Oud-West", west1, west2);
        ballot("ACDEFGHJKMAC", "Oud-West", west2);
        ballot("ACDEFGHJKMAD", "Oud-West", west1);

        FacesClient visitor = new FacesClient(base());
        for (String file : new String[]{"stemmen.csv", "stemmen.json", "stemmen-1.pb"}) {
            Page refused = visitor.get("uitslag/bestanden/" + file + "?round=" + round());
            assertEquals(403, refused.status(), file);
            assertTrue(refused.body().contains("voting-open"), refused.body());
        }
        Page board = visitor.get("uitslag/stembiljetten?bon=ACDEFGHJKM33");
        assertEquals(200, board.status());
        assertFalse(board.contains("ACDEFGHJKM33</code>"), "no ballot shown while voting is open");
        assertTrue(board.contains("id=\"boardClosed\""), board.body());
        assertTrue(visitor.get("uitslag/").contains("id=\"notYet\""));

        FacesClient official = signedIn(OFFICIAL);
        assertFalse(official.get(PAGE + round()).contains("count:start"), "nothing to count while voting is open");
        assertEquals(0, count("select count(*) from round_result"));
    }

    @Test
    @Order(30)
    @CoversForm(page = "official/results.xhtml", form = "count")
    default void officialClosesVotingCountsWithProgressAndPublishesOnce() {
        FacesClient official = signedIn(OFFICIAL);
        moveTo(official, "TALLYING");
        Page early = nextPhase(official);
        assertEquals(200, early.status());
        assertTrue(early.contains("Tel eerst de stemmen."), early.body());
        assertEquals("TALLYING", single("select phase from budget_round where id = ?", round()));
        Page tallyPage = official.get(PAGE + round());

        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open(PAGE + round());
            assertTrue(browser.clickAndReadQuestion(By.id("count:start")).contains("de stemmen nu wilt tellen"));
            browser.acceptQuestion();
            browser.waitFor(By.id("counted"));
            browser.checkAccessibility();
            assertEquals("COUNTED", single("select state from round_result where round_id = ?", round()));
            assertEquals(3, count("select count(*) from result_ballot_file where round_id = ?", round()),
                    "one file per ballot; De Baarsjes has no plans, so no ballot");

            Page twice = official.submit(tallyPage, "count", "start", Map.of());
            assertTrue(twice.contains("id=\"counted\""), "a stale page counts nothing again:\n" + twice.body());
            assertEquals(1, count("select count(*) from audit_event where action = 'results.counted'"));
            assertEquals(1, count("select count(*) from audit_event where action = 'results.tally-started'"));

            browser.clickAndReadQuestion(By.id("count:publish"));
            browser.acceptQuestion();
        }
        assertEquals("RESULTS", single("select phase from budget_round where id = ?", round()));
        assertEquals(1, count("select count(*) from audit_event where action = 'results.tally-started'"));
    }

    @Test
    @Order(40)
    default void auditorsAndResidentsCannotCountOrChooseTheRule() {
        for (String email : new String[]{AUDITOR, RESIDENT}) {
            FacesClient other = signedIn(email);
            assertEquals(403, other.get(PAGE + round()).status(), email);
        }
        FacesClient official = signedIn(OFFICIAL);
        Page page = official.get(PAGE + round());
        FacesClient auditor = signedIn(AUDITOR);
        Map<String, String> forged = new java.util.LinkedHashMap<>(page.hiddenFields("count"));
        forged.put("count", "count");
        forged.put("count:start", "x");
        assertEquals(403, auditor.post(page.action("count"), forged).status());
        assertEquals(1, count("select count(*) from audit_event where action = 'results.tally-started'"));
    }

    private static long planId(String title) {
        return Long.parseLong(single("select id from plan where title = ?", title));
    }
}
