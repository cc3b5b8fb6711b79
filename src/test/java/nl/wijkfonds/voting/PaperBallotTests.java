package nl.wijkfonds.voting;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static nl.wijkfonds.testing.DemoAccounts.ASSISTANT;
import static nl.wijkfonds.testing.DemoAccounts.ASSISTANT_2;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.FormProblems.group;
import static nl.wijkfonds.testing.FormProblems.none;
import static nl.wijkfonds.testing.Messages.REQUIRED;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.voting.VotingPages.WESTERPARK;
import static nl.wijkfonds.voting.VotingPages.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assisted paper voting in Chromium: one assistant enters a voter's paper ballot (wrong first), a second rejects an
 * entry that does not match the paper and confirms one that does; only then is the ballot cast, and the audit log
 * alone says it came in on paper. Nobody confirms their own entry; other roles cannot open the page.
 */
interface PaperBallotTests extends Deployed {

    @Test
    @Order(75)
    @CoversForm(page = "assist/paper.xhtml", form = "paperAccess")
    @CoversForm(page = "assist/paper.xhtml", form = "paperBallot")
    @CoversForm(page = "assist/paper.xhtml", form = "pending")
    default void paperBallotCountsOnlyOnceASecondAssistantConfirmsIt() {
        assertEquals(403, signedIn(RESIDENT).get("assist/paper?ronde=" + round()).status());
        long ballots = count("select count(*) from ballot");
        try (Browser first = browser(); Browser second = browser()) {
            first.signIn(ASSISTANT, PASSWORD, "nl");
            enter(first);
            assertFalse(first.isPresent(By.id("unverified")), "a verified assistant is not asked to verify");
            assertTrue(first.pageText().contains("U heeft dit ingevoerd"), first.pageText());
            assertFalse(first.isPresent(By.id("pending:entries:0:confirm")), "nobody confirms their own entry");
            assertEquals(ballots, count("select count(*) from ballot"), "not cast before a second assistant confirms");

            second.signIn(ASSISTANT_2, PASSWORD, "nl");
            second.open("assist/paper?ronde=" + round());
            assertTrue(second.pageText().contains("Moestuin Westerpark"), second.pageText());
            second.click(By.id("pending:entries:0:reject"));
            assertTrue(second.pageText().contains("De invoer is afgewezen."), second.pageText());
            assertEquals(0, count("select count(*) from paper_entry"));

            enter(first);
            second.open("assist/paper?ronde=" + round());
            second.click(By.id("pending:entries:0:confirm"));
            none().assertShownIn(second);
            assertTrue(second.pageText().contains("Het stembiljet is bevestigd en geteld."), second.pageText());
        }
        assertEquals(ballots + 1, count("select count(*) from ballot"));
        assertEquals(1, count("select count(*) from voting_code c join voter v on v.id = c.voter_id"
                + " where v.reference = 'W1' and c.used"));
        assertEquals(0, count("select count(*) from paper_entry"), "the entry is gone once cast");
        assertEquals(1, count("select count(*) from audit_event where action = 'voting.paper-ballot-cast'"));
        assertEquals(0, count("select count(*) from audit_event e join ballot b on e.after_state like"
                + " concat('%', b.receipt, '%') or e.after_state like concat('%', b.id, '%')"), "not which ballot");
    }

    /** The first assistant enters W1's paper ballot: mistakes first, then the garden in Westerpark. */
    private static void enter(Browser browser) {
        browser.open("assist/paper?ronde=" + round());
        browser.click(By.id("paperAccess:enter"));
        field("paperAccess:code", REQUIRED).and("paperAccess:postcode", REQUIRED).assertShownIn(browser);
        browser.type(By.id("paperAccess:code"), VotingFixture.code("W1"));
        browser.type(By.id("paperAccess:postcode"), WESTERPARK);
        browser.click(By.id("paperAccess:enter"));
        browser.click(By.id("paperBallot:submit"));
        group("paperBallot:choicesProblem", "Kies minstens één plan.").assertShownIn(browser);
        browser.driver().findElement(By.xpath("//label[normalize-space()='Kies Moestuin Westerpark']"
                + "/preceding-sibling::input[@type='checkbox']")).sendKeys(" ");
        browser.click(By.id("paperBallot:submit"));
        assertTrue(browser.pageText().contains("Een tweede assistent moet het nu bevestigen."), browser.pageText());
        assertEquals(1, count("select count(*) from paper_entry"));
    }
}
