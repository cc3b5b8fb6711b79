package nl.wijkfonds.identity;

import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.AUDITOR;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may see or do what, signing in and out, and making accounts. The forms are walked in Chromium (see the
 * interfaces); here over plain HTTP what a browser does not show: redirects, statuses, session ids and posts that
 * no form offers. Every rule is tried from its forbidden side.
 */
class IdentityIT extends DeployedApplication
        implements SignInTests, AccountFormTests, AccountRulesTests, ProtectionTests {

    @Test
    void anonymousVisitorIsSentToTheLoginPageWithTheWayBack() {
        for (String page : new String[]{"official/rounds", "audit/events", "admin/accounts", "account/plans"}) {
            Page response = new FacesClient(base).get(page);
            assertEquals(302, response.status(), page);
            assertTrue(response.location().endsWith("/login?next=%2F" + page.replace("/", "%2F")),
                    response.location());
        }
    }

    @Test
    void residentIsForbiddenOnOfficialAuditAndAdminPages() {
        FacesClient resident = signedIn(RESIDENT);
        for (String page : new String[]{"official/rounds", "official/round", "official/plans", "audit/events",
                "admin/accounts"}) {
            Page forbidden = resident.get(page);
            assertEquals(403, forbidden.status(), page);
            assertTrue(forbidden.contains("Geen toegang"), forbidden.body());
        }
    }

    @Test
    void officialIsForbiddenOnAdminPagesButMayManageRounds() {
        FacesClient official = signedIn(OFFICIAL);
        assertEquals(200, official.get("official/rounds").status());
        assertEquals(403, official.get("admin/accounts").status());
        assertEquals(403, official.get("audit/events").status());
    }

    @Test
    void auditorReadsTheAuditLogButCannotManageRounds() {
        FacesClient auditor = signedIn(AUDITOR);
        Page log = auditor.get("audit/events");
        assertEquals(200, log.status());
        assertTrue(log.contains("Ronde gemaakt"), "the demo round's creation is in the log, in words");
        assertEquals(403, auditor.get("official/rounds").status());
    }

    @Test
    void signingInRenewsTheSessionId() {
        FacesClient visitor = new FacesClient(base);
        visitor.get("login");
        String before = visitor.sessionId();
        assertNotNull(before);
        visitor.signIn(OFFICIAL, PASSWORD);
        assertNotEquals(before, visitor.sessionId());
    }

    @Test
    void signInNeverSendsSomeoneToAnotherSite() {
        for (String next : new String[]{"https://elders.example/", "//elders.example/", "/\\elders.example"}) {
            FacesClient visitor = new FacesClient(base);
            String path = "login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
            Page signedIn = visitor.submit(visitor.get(path), "login", "signIn",
                    Map.of("email", RESIDENT, "password", PASSWORD));
            assertEquals(302, signedIn.status(), signedIn.body());
            assertFalse(signedIn.location().contains("elders.example"), next + " led to " + signedIn.location());
        }
    }

    @Test
    void administratorCannotHandOutTheResidentRoleOrAnInventedOne() {
        FacesClient admin = signedIn(ADMIN);
        long before = count("select count(*) from account");
        for (String role : new String[]{"RESIDENT", "SUPERUSER"}) {
            Page form = admin.get("admin/accounts");
            Map<String, String> fields = new HashMap<>(Map.of("email", "rol@example.nl", "displayName", "Rol",
                    "role", role));
            Page refused = admin.submit(form, "staff", "invite", fields);
            assertEquals(200, refused.status());
            assertTrue(refused.contains("Kies een"), refused.body());
        }
        assertEquals(before, count("select count(*) from account"));
    }
}
