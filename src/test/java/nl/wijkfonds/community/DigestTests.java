package nl.wijkfonds.community;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import nl.wijkfonds.testing.Mailbox;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.wijkfonds.community.CommunityPages.comment;
import static nl.wijkfonds.community.CommunityPages.planPath;
import static nl.wijkfonds.community.CommunityPages.pressSupport;
import static nl.wijkfonds.community.CommunityPages.resident;
import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.DemoRound.submissionPhase;
import static nl.wijkfonds.testing.DemoRound.submitPlan;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Follow and digest: a follower and the submitter get one e-mail a day (read from the real SMTP server) with the new
 * comments and support, however often the job runs; the signed link in it stops digests without signing in, and a
 * forged link is refused with nothing changed.
 */
interface DigestTests extends Deployed {

    @Test
    @Order(200)
    @CoversForm(page = "digest/stop.xhtml", form = "stop")
    @CoversForm(page = "WEB-INF/community/support.xhtml", form = "follow")
    default void followersAndTheSubmitterGetOneDigestADayAndStopItFromTheLink() {
        submissionPhase(signedIn(OFFICIAL));
        long plan = submitPlan(signedIn(RESIDENT), "Buurtbibliotheek in een kastje", "600");
        FacesClient follower = resident(base(), "volger@example.nl");
        Page page = follower.get(planPath(plan));
        assertEquals(302, follower.submit(page, "follow", "follow", Map.of()).status());
        Page twice = follower.submit(page, "follow", "follow", Map.of());
        assertTrue(twice.contains("U volgt dit plan al."), twice.body());
        assertEquals(1, count("select count(*) from plan_follow where plan_id = ?", plan));

        FacesClient fan = resident(base(), "fan5@example.nl");
        assertEquals(302, comment(fan, planPath(plan), "Ik breng boeken mee!").status());
        assertEquals(302, pressSupport(fan, plan, "support").status());

        int followerMails = Mailbox.messages("volger@example.nl").size();
        int submitterMails = Mailbox.messages(RESIDENT).size();
        sendDigests();
        Mailbox.Mail digest = Mailbox.awaitMessage("volger@example.nl", followerMails + 1);
        assertEquals("Nieuws over plannen die u volgt", digest.subject());
        assertTrue(digest.text().contains("\"Buurtbibliotheek in een kastje\"")
                && digest.text().contains("Bewoner fan5: Ik breng boeken mee!")
                && digest.text().contains("1 keer nieuwe steun"), digest.text());
        assertTrue(Mailbox.awaitMessage(RESIDENT, submitterMails + 1).text().contains("Ik breng boeken mee!"),
                "the submitter hears of it too");

        assertEquals(302, comment(fan, planPath(plan), "Nog een reactie op dezelfde dag").status());
        long queued = count("select count(*) from mail_message where recipient = 'volger@example.nl'");
        sendDigests();
        assertEquals(queued, count("select count(*) from mail_message where recipient = 'volger@example.nl'"),
                "at most one digest a day");

        Matcher link = Pattern.compile("https?://\\S+/(digest/stop\\?\\S+)").matcher(digest.text());
        assertTrue(link.find(), digest.text());
        FacesClient anyone = new FacesClient(base());
        String forged = link.group(1) + "x";
        assertEquals(403, anyone.get(forged).status(), "a forged link is refused");
        assertEquals(403, anyone.get("digest/stop?account=" + single("select public_id from account where email ="
                + " 'volger@example.nl'")).status());
        assertEquals(1, count("select count(*) from plan_follow where plan_id = ?", plan), "nothing changed");

        try (Browser browser = browser()) {
            browser.openUnchecked(forged);
            assertEquals(403, browser.status());
            browser.open(link.group(1));
            assertEquals(1, count("select count(*) from plan_follow where plan_id = ?", plan), "opening changes nothing");
            browser.click(By.id("stop:stop"));
            assertTrue(browser.pageText().contains("U krijgt geen e-mails meer over plannen."), browser.pageText());
        }
        assertEquals("1", single("select stopped from digest_state where account_id ="
                + " (select id from account where email = 'volger@example.nl')"));
        assertEquals(0, count("select count(*) from plan_follow where plan_id = ?", plan));
        assertFalse(follower.get(planPath(plan)).contains("U volgt dit plan."));
    }

    private void sendDigests() {
        FacesClient admin = signedIn(ADMIN);
        Page sent = admin.submit(admin.get("admin/jobs"), "jobs", "sendDigests", Map.of());
        assertEquals(302, sent.status(), sent.body());
    }
}
