package nl.wijkfonds.identity;

import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import nl.wijkfonds.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.wijkfonds.testing.DemoAccounts.AUDITOR;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may see or do what: every test tries a forbidden path and checks it stays closed. */
class AccessIT extends DeployedApplication {

    @Test
    void anonymousVisitorIsSentToTheLoginPageForOfficialPages() {
        for (String page : new String[]{"official/rounds", "audit/events", "admin/accounts"}) {
            Page response = new FacesClient(base).get(page);
            assertEquals(302, response.status(), page);
            assertTrue(response.location().contains("login"), response.location());
        }
    }

    @Test
    void residentIsForbiddenOnOfficialAuditAndAdminPages() {
        FacesClient resident = new FacesClient(base);
        resident.signIn(RESIDENT, PASSWORD);
        for (String page : new String[]{"official/rounds", "official/round", "audit/events",
                "admin/accounts"}) {
            assertEquals(403, resident.get(page).status(), page);
        }
    }

    @Test
    void officialIsForbiddenOnAdminPagesButMayManageRounds() {
        FacesClient official = new FacesClient(base);
        official.signIn(OFFICIAL, PASSWORD);
        assertEquals(200, official.get("official/rounds").status());
        assertEquals(403, official.get("admin/accounts").status());
    }

    @Test
    void wrongPasswordSignsNobodyIn() {
        FacesClient visitor = new FacesClient(base);
        Page login = visitor.get("login");
        Page result = visitor.submit(login, "login", "login", "signIn",
                Map.of("email", OFFICIAL, "password", "not-the-password"));
        assertEquals(200, result.status());
        assertTrue(result.contains("Het e-mailadres of wachtwoord klopt niet."), result.body());
        assertEquals(302, visitor.get("official/rounds").status());
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
    void postWithoutAValidViewStateIsRefusedAndStoresNothing() {
        FacesClient official = new FacesClient(base);
        official.signIn(OFFICIAL, PASSWORD);
        long roundsBefore = TestDatabase.count("select count(*) from budget_round");
        Page form = official.get("official/round");
        assertEquals(200, form.status());

        Map<String, String> fields = new java.util.HashMap<>(form.hiddenFields());
        fields.putAll(Map.of("round", "round", "round:name", "Forged round", "round:year", "2030",
                "round:save", "x", "jakarta.faces.ViewState", "-1234567890:forged"));
        Page forged = official.post("official/round", fields);

        assertTrue(forged.status() == 200 || forged.status() >= 400, "status " + forged.status());
        assertTrue(forged.contains("Pagina verlopen"), forged.body());
        assertEquals(roundsBefore, TestDatabase.count("select count(*) from budget_round"));
    }

    @Test
    void auditorReadsTheAuditLogButCannotManageRounds() {
        FacesClient auditor = new FacesClient(base);
        auditor.signIn(AUDITOR, PASSWORD);
        Page log = auditor.get("audit/events");
        assertEquals(200, log.status());
        assertTrue(log.contains("Ronde gemaakt"), "the demo round's creation is in the log");
        assertEquals(403, auditor.get("official/rounds").status());
    }
}
