package nl.wijkfonds.community;

import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static nl.wijkfonds.community.CommunityPages.planPath;
import static nl.wijkfonds.community.CommunityPages.resident;
import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moderation: anyone signed in reports a comment once with a reason; officials see the queue and hide a comment with
 * a reason shown in its place, or keep it; a resident cannot hide. Every moderator action is in the audit trail.
 */
interface ModerationTests extends Deployed {

    @Test
    @Order(130)
    default void aCommentIsReportedOnceAndAnOfficialHidesItWithAReasonShownInItsPlace() {
        long plan = Long.parseLong(single("select id from plan where title = 'Fietsenrekken bij de markt'"));
        String comment = single("select id from plan_comment where body like 'Goed idee!%'");
        FacesClient reporter = resident(base(), "fan2@example.nl");
        Page form = reporter.get("account/report?id=" + comment);
        assertEquals(200, form.status(), form.body());
        Page refused = reporter.submit(form, "report", "send", Map.of("reason", " "));
        assertTrue(refused.contains("Schrijf op waarom."), refused.body());
        assertEquals(0, count("select count(*) from comment_report"));
        assertEquals(302, reporter.submit(form, "report", "send", Map.of("reason", "Reclame voor een bedrijf")).status());
        Page twice = reporter.submit(form, "report", "send", Map.of("reason", "Nog een keer"));
        assertTrue(twice.contains("U heeft deze reactie al gemeld."), twice.body());
        assertEquals(1, count("select count(*) from comment_report"));
        FacesClient admin = signedIn(ADMIN);
        assertEquals(302, admin.submit(admin.get("account/report?id=" + comment), "report", "send",
                Map.of("reason", "Ook staf mag melden")).status(), "anyone signed in may report");

        FacesClient resident = signedIn(RESIDENT);
        assertEquals(403, resident.get("official/community/comment?id=" + comment).status());
        assertEquals(403, resident.get("official/community/moderation").status());
        FacesClient official = signedIn(OFFICIAL);
        Page decide = official.get("official/community/comment?id=" + comment);
        Map<String, String> forged = new LinkedHashMap<>(decide.hiddenFields("moderate"));
        forged.put("moderate:reason", "Weg ermee");
        forged.put("moderate:hide", "x");
        assertEquals(403, resident.post(decide.action("moderate"), forged).status(), "a resident cannot hide");
        assertEquals("0", single("select hidden_at is not null from plan_comment where id = ?", comment));

        Page queue = official.get("official/community/moderation");
        assertTrue(queue.contains("id=\"reported-" + comment + "\"") && queue.contains("Meldingen: 2"), queue.body());
        assertTrue(decide.contains("Reclame voor een bedrijf"));
        Page noReason = official.submit(decide, "moderate", "hide", Map.of("reason", ""));
        assertTrue(noReason.contains("Schrijf op waarom."), noReason.body());
        assertEquals(302, official.submit(decide, "moderate", "hide", Map.of("reason", "Reclame")).status());

        Page page = new FacesClient(base()).get(planPath(plan));
        assertTrue(page.contains("Verborgen door de moderator: Reclame"), page.body());
        assertFalse(page.contains("https://example.org/rekken"), "the text is gone from the page");
        assertEquals(single("select public_id from account where email = ?", OFFICIAL), single("select actor from"
                + " audit_event where action = 'community.comment-hidden' and subject_id = ?", comment));
        assertEquals(0, count("select count(*) from comment_report where handled_at is null"));
        assertTrue(official.get("official/community/moderation").contains("Er zijn geen gemelde reacties."));
        assertEquals(404, reporter.get("account/report?id=" + comment).status(), "a hidden comment is not reported");
        assertEquals(404, official.get("official/community/comment?id=999999").status());
        assertEquals(404, reporter.get("account/report?id=abc").status());
    }
}
