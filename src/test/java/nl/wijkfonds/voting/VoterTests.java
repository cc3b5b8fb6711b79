package nl.wijkfonds.voting;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.FormProblems.group;
import static nl.wijkfonds.testing.FormProblems.none;
import static nl.wijkfonds.testing.Messages.REQUIRED;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.voting.VotingPages.OUD_WEST;
import static nl.wijkfonds.voting.VotingPages.WESTERPARK;
import static nl.wijkfonds.voting.VotingPages.planId;
import static nl.wijkfonds.voting.VotingPages.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A voter in Chromium, without an account: code and postcode (wrong first), the knapsack ballot with its budget bar,
 * the review, the vote and the receipt; axe-core on every page; and the same in English.
 */
interface VoterTests extends Deployed {

    @Test
    @Order(50)
    @CoversForm(page = "stemmen.xhtml", form = "access")
    @CoversForm(page = "stemmen.xhtml", form = "ballot")
    @CoversForm(page = "stemmen.xhtml", form = "confirm")
    default void voterChoosesPlansWithinTheBudgetReviewsVotesAndGetsAReceipt() {
        String code = VotingFixture.code("O1");
        try (Browser browser = browser()) {
            browser.open("stemmen?ronde=" + round());
            browser.click(By.id("access:enter"));
            field("access:code", REQUIRED).and("access:postcode", REQUIRED).assertShownIn(browser);

            String typo = code.substring(0, 3) + (code.charAt(3) == 'A' ? 'C' : 'A') + code.substring(4);
            browser.type(By.id("access:code"), typo);
            browser.type(By.id("access:postcode"), WESTERPARK);
            browser.driver().findElement(By.id("access:enter")).click();
            assertEquals("Deze stemcode klopt niet. Kijk of u alle tekens goed heeft overgenomen.",
                    browser.messageBeside("access:code"), "the typo is caught before the server is asked");
            assertTrue(browser.isMarkedInvalid("access:code"));

            browser.type(By.id("access:code"), code.toLowerCase());
            browser.click(By.id("access:enter"));
            field("access:code", "Deze stemcode en deze postcode horen niet bij elkaar. Kijk ze allebei na.")
                    .assertShownIn(browser);
            assertEquals(WESTERPARK, browser.value("access:postcode"), "what was typed stays");

            browser.type(By.id("access:postcode"), OUD_WEST.toLowerCase());
            browser.click(By.id("access:enter"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("Stembiljet Oud-West"), browser.pageText());
            assertFalse(browser.pageText().contains("Moestuin Westerpark"), "only the voter's own ballot");
            assertTrue(browser.fitsWidth(360), "the ballot fits a phone");

            choose(browser, "Speeltuin Ten Kate");
            choose(browser, "Bankjes op het plein");
            choose(browser, "Geveltuinen");
            String status = browser.text(By.cssSelector(".budget-status"));
            assertTrue(status.contains("90.000,00") && status.contains("75.000,00") && status.contains("te veel"),
                    status);
            assertEquals("polite", browser.driver().findElement(By.cssSelector(".budget-status"))
                    .getDomAttribute("aria-live"));
            browser.click(By.id("ballot:review"));
            group("ballot:choicesProblem", "De gekozen plannen kosten samen meer dan € 75.000,00.")
                    .assertShownIn(browser);
            assertTrue(browser.driver().findElement(By.cssSelector("input[data-cost='2000000']")).isSelected(),
                    "the choices stay");

            choose(browser, "Geveltuinen");
            browser.click(By.id("ballot:review"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("Uw keuze"), browser.pageText());
            assertTrue(browser.pageText().contains("Gekozen: € 70.000,00 van € 75.000,00."), browser.pageText());
            assertEquals(0, count("select count(*) from ballot"), "nothing stored before the vote");

            browser.click(By.id("confirm:cast"));
            assertTrue(browser.pageText().contains("uw stem is opgeslagen"), browser.pageText());
            String receipt = browser.text(By.cssSelector(".receipt-code"));
            assertEquals(1, count("select count(*) from ballot where receipt = ?", receipt));
        }
        assertEquals(1, count("select count(*) from voting_code where used"));
        assertEquals(2, count("select count(*) from ballot_choice c join ballot b on b.id = c.ballot_id"
                + " where c.plan_id in (?, ?)", planId("Speeltuin Ten Kate"), planId("Bankjes op het plein")));
    }

    @Test
    @Order(55)
    default void votingWorksTheSameInEnglish() {
        try (Browser browser = browser()) {
            browser.open("stemmen?ronde=" + round() + "&lang=en");
            browser.type(By.id("access:code"), VotingFixture.code("O2"));
            browser.type(By.id("access:postcode"), "1051CD");
            browser.click(By.id("access:enter"));
            field("access:code", "This voting code and this postcode do not go together. Check both.")
                    .assertShownIn(browser);
            browser.type(By.id("access:postcode"), OUD_WEST);
            browser.click(By.id("access:enter"));
            assertTrue(browser.pageText().contains("Ballot Oud-West"), browser.pageText());
            browser.click(By.id("ballot:review"));
            group("ballot:choicesProblem", "Choose at least one plan.").assertShownIn(browser);
            choose(browser, "Zwerfvuilprikkers");
            browser.click(By.id("ballot:review"));
            group("ballot:choicesProblem", "Choose plans that cost at least €7,500.00 together.")
                    .assertShownIn(browser);
            choose(browser, "Geveltuinen");
            browser.click(By.id("ballot:review"));
            browser.click(By.id("confirm:change"));
            assertTrue(browser.driver().findElement(By.cssSelector("input[data-cost='500000']")).isSelected());
            browser.click(By.id("ballot:review"));
            browser.click(By.id("confirm:cast"));
            assertTrue(browser.pageText().contains("Thank you, your vote has been stored"), browser.pageText());
        }
        assertEquals(2, count("select count(*) from ballot where round_id = ?", round()));
    }

    /** Ticks or unticks a plan by its label, as a keyboard user would (focus and space). */
    private static void choose(Browser browser, String title) {
        browser.driver().findElement(By.xpath("//label[normalize-space()='Kies " + title + "' or normalize-space()='Choose "
                + title + "']/preceding-sibling::input[@type='checkbox']")).sendKeys(" ");
    }
}
