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
 * The whole conversation in Chromium, axe-core on every page: one resident supports and comments (sending it empty
 * first), another reports the comment (without a reason first), and an official hides it (without a reason first);
 * the plan's page then shows the moderator's reason in its place.
 */
interface CommunityBrowserTests extends Deployed {

    @Test
    @Order(140)
    @CoversForm(page = "WEB-INF/community/comments.xhtml", form = "comment")
    @CoversForm(page = "account/report.xhtml", form = "report")
    @CoversForm(page = "official/community/comment.xhtml", form = "moderate")
    default void oneSupportsAndCommentsAnotherReportsAndAnOfficialHidesTheComment() {
        submissionPhase(signedIn(OFFICIAL));
        long plan = submitPlan(signedIn(RESIDENT), "Zitbank bij de speeltuin", "1.200");
        resident(base(), "fan4@example.nl");
        resident(base(), "fan5@example.nl");
        try (Browser browser = browser()) {
            browser.signIn("fan4@example.nl", PASSWORD, "nl");
            browser.open(planPath(plan));
            browser.click(By.id("support:support"));
            assertEquals("1", browser.text(By.id("supportCount")));

            browser.click(By.id("comment:send"));
            field("comment:body", "Schrijf eerst uw reactie.").assertShownIn(browser);
            browser.type(By.id("comment:body"), "Mooi plan.\nMeer info: https://example.org/bank");
            browser.click(By.id("comment:send"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("Uw reactie is geplaatst."), browser.pageText());
            assertEquals("nofollow ugc noopener", browser.driver()
                    .findElement(By.cssSelector(".comment-body a")).getAttribute("rel"));
            browser.signOut();

            browser.signIn("fan5@example.nl", PASSWORD, "nl");
            browser.open(planPath(plan));
            browser.click(By.cssSelector(".report-link"));
            assertTrue(browser.isPresent(By.id("report:send")), browser.currentUrl() + "\n" + browser.pageText());
            browser.click(By.id("report:send"));
            field("report:reason", "Schrijf op waarom.").assertShownIn(browser);
            assertEquals(0, count("select count(*) from comment_report r join plan_comment c on c.id = r.comment_id"
                    + " where c.plan_id = ?", plan));
            browser.type(By.id("report:reason"), "Dit is reclame.");
            browser.click(By.id("report:send"));
            assertTrue(browser.pageText().contains("Een moderator kijkt naar de reactie."), browser.pageText());
            browser.signOut();

            browser.signIn(OFFICIAL, "wijkfonds-demo", "nl");
            browser.open("official/community/moderation");
            browser.click(By.linkText("Bekijken en beslissen"));
            browser.click(By.id("moderate:hide"));
            field("moderate:reason", "Schrijf op waarom.").assertShownIn(browser);
            browser.type(By.id("moderate:reason"), "Reclame hoort hier niet.");
            browser.click(By.id("moderate:hide"));
            assertTrue(browser.pageText().contains("De reactie is verborgen."), browser.pageText());
            browser.open(planPath(plan));
            assertTrue(browser.pageText().contains("Verborgen door de moderator: Reclame hoort hier niet."));
        }
        assertEquals("1", single("select count(*) from plan_comment where plan_id = ? and hidden_at is not null", plan));
    }
}
