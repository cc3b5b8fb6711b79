package nl.wijkfonds.community;

import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.wijkfonds.community.CommunityPages.comment;
import static nl.wijkfonds.community.CommunityPages.planPath;
import static nl.wijkfonds.community.CommunityPages.resident;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.DemoRound.movePhase;
import static nl.wijkfonds.testing.DemoRound.reviewPhase;
import static nl.wijkfonds.testing.DemoRound.submissionPhase;
import static nl.wijkfonds.testing.DemoRound.submitPlan;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Comments: verified residents write plain text with line breaks and safe links, reply one level deep, the
 * submitter's replies are marked; empty, too long and markup are refused with a message and nothing stored; at most
 * five a minute and thirty an hour; closed once voting opens (that test runs last: voting cannot be undone).
 */
interface CommentTests extends Deployed {

    @Test
    @Order(100)
    default void residentsCommentAndTheSubmittersReplyIsMarked() {
        submissionPhase(signedIn(OFFICIAL));
        FacesClient submitter = signedIn(RESIDENT);
        long plan = submitPlan(submitter, "Fietsenrekken bij de markt", "7.000");
        Page anonymous = new FacesClient(base()).get(planPath(plan));
        assertTrue(anonymous.contains("Nog geen reacties.") && anonymous.contains("Log in om te reageren"));
        assertFalse(anonymous.contains("comment:send"));

        FacesClient fan = resident(base(), "fan1@example.nl");
        Page sent = comment(fan, planPath(plan), "Goed idee!\nZie https://example.org/rekken. <b>vet</b> mag niet");
        assertTrue(sent.contains("Gebruik gewone tekst"), "markup is refused: " + sent.body());
        sent = comment(fan, planPath(plan), "Goed idee!\nZie https://example.org/rekken.");
        assertEquals(302, sent.status(), sent.body());
        String id = single("select id from plan_comment where plan_id = ?", plan);
        assertEquals(single("select public_id from account where email = 'fan1@example.nl'"),
                single("select actor from audit_event where action = 'community.commented' and subject_id = ?", plan));

        Page page = new FacesClient(base()).get(planPath(plan));
        assertTrue(page.contains("Goed idee!\nZie <a href=\"https://example.org/rekken\" rel=\"nofollow ugc noopener\">"
                + "https://example.org/rekken</a>."), page.body());
        assertTrue(page.contains("Reacties (1)"));

        Page reply = comment(submitter, planPath(plan) + "?antwoord=" + id, "Dank u! We zoeken nog een plek.");
        assertEquals(302, reply.status(), reply.body());
        assertEquals(id, single("select parent_id from plan_comment where body like 'Dank u!%'"));
        assertEquals("1", single("select by_submitter from plan_comment where body like 'Dank u!%'"));
        Page replied = fan.get(planPath(plan));
        String thread = replied.body().substring(replied.body().indexOf("id=\"comment-" + id + "\""));
        assertTrue(thread.contains("class=\"comment-list replies\"") && thread.contains("Indiener"), replied.body());

        Page toReply = fan.get(planPath(plan) + "?antwoord=" + single("select id from plan_comment where body like 'Dank u!%'"));
        assertTrue(comment(fan, toReply, "Fijn!").status() == 302);
        assertEquals(id, single("select parent_id from plan_comment where body = 'Fijn!'"), "one level of replies");
    }

    @Test
    @Order(110)
    default void emptyTooLongAndUnverifiedCommentsAreRefusedAndNothingIsStored() {
        long plan = Long.parseLong(single("select id from plan where title = 'Fietsenrekken bij de markt'"));
        long before = count("select count(*) from plan_comment");
        FacesClient fan = resident(base(), "fan2@example.nl");
        Page empty = comment(fan, planPath(plan), "   ");
        assertEquals(200, empty.status());
        assertTrue(empty.contains("Schrijf eerst uw reactie."), empty.body());
        Page tooLong = comment(fan, planPath(plan), "a".repeat(10_000));
        assertTrue(tooLong.contains("Gebruik hoogstens 2000 tekens."), tooLong.body());
        assertTrue(tooLong.contains("a".repeat(10_000)), "what was typed stays");

        FacesClient unverified = new FacesClient(base());
        unverified.submit(unverified.get("register"), "registration", "register", Map.of("email",
                "nog-niet@example.nl", "displayName", "Nog Niet", "password", CommunityPages.PASSWORD));
        unverified.signIn("nog-niet@example.nl", CommunityPages.PASSWORD);
        assertFalse(unverified.get(planPath(plan)).contains("comment:send"), "no form for an unverified account");
        assertEquals(before, count("select count(*) from plan_comment"));
    }

    @Test
    @Order(120)
    default void atMostFiveCommentsAMinuteAndThirtyAnHour() {
        long plan = Long.parseLong(single("select id from plan where title = 'Fietsenrekken bij de markt'"));
        FacesClient fan = resident(base(), "fan3@example.nl");
        for (int i = 1; i <= 5; i++) {
            assertEquals(302, comment(fan, planPath(plan), "Reactie " + i).status());
        }
        Page sixth = comment(fan, planPath(plan), "Reactie 6");
        assertTrue(sixth.contains("hoogstens 5 reacties per minuut"), sixth.body());
        assertEquals(5, count("select count(*) from plan_comment c join account a on a.id = c.author_id"
                + " where a.email = 'fan3@example.nl'"));

        execute("update plan_comment set created_at = created_at - interval 2 minute where author_id ="
                + " (select id from account where email = 'fan3@example.nl')");
        String author = single("select id from account where email = 'fan3@example.nl'");
        for (int i = 0; i < 25; i++) {
            execute("insert into plan_comment (plan_id, author_id, body, by_submitter, created_at)"
                    + " values (?, ?, 'Eerder', false, now(3) - interval 10 minute)", plan, author);
        }
        Page tooMany = comment(fan, planPath(plan), "Nog eentje");
        assertTrue(tooMany.contains("het afgelopen uur al 30 reacties"), tooMany.body());
        assertEquals(0, count("select count(*) from plan_comment where body = 'Nog eentje'"));
    }

    @Test
    @Order(900)
    default void commentsAndSupportCloseWhenVotingOpens() {
        long plan = Long.parseLong(single("select id from plan where title = 'Fietsenrekken bij de markt'"));
        FacesClient official = signedIn(OFFICIAL);
        FacesClient fan = resident(base(), "fan1@example.nl");
        Page open = fan.get(planPath(plan));
        reviewPhase(official);
        movePhase(official, "next", "VOTING");
        Page closed = comment(fan, open, "Te laat");
        assertTrue(closed.contains("Reageren kan niet meer"), closed.body());
        assertEquals(0, count("select count(*) from plan_comment where body = 'Te laat'"));
        Page page = new FacesClient(base()).get(planPath(plan));
        assertTrue(page.contains("Reageren kan niet meer.") && page.contains("Steunen kan niet meer."));
    }
}
