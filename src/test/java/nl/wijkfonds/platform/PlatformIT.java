package nl.wijkfonds.platform;

import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static nl.wijkfonds.testing.DemoAccounts.AUDITOR;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every page and operator relies on: migrations, readiness, headers, languages, error pages, expired and
 * forged posts; and a crawl of every page for every role (see {@link CrawlTests}).
 */
class PlatformIT extends DeployedApplication implements CrawlTests {

    @Test
    void schemaComesFromTheMigrationsInSqlFolder() {
        assertEquals(count("select count(*) from flyway_schema_history where success"),
                count("select count(*) from flyway_schema_history"));
        assertEquals(1, count("select count(*) from flyway_schema_history where script like 'V1__%'"));
        assertEquals(2, count("select count(*) from information_schema.triggers "
                + "where event_object_table = 'audit_event' and trigger_schema = database()"));
    }

    @Test
    void auditEventsCannotBeChangedOrDeleted() {
        assertTrue(count("select count(*) from audit_event") > 0);
        for (String tampering : new String[]{"update audit_event set actor = 'someone else'",
                "delete from audit_event"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> execute(tampering));
            assertTrue(refused.getCause().getMessage().contains("append-only"), refused.getCause().getMessage());
        }
    }

    @Test
    void auditEventsFormAHashChainThatAuditorsCanCheck() {
        assertEquals(0, count("select count(*) from (select previous_hash, lag(hash) over (order by id) as before_it "
                + "from audit_event where hash is not null) chain "
                + "where previous_hash <> coalesce(before_it, repeat('0', 64))"), "each event links to the one before");
        assertEquals(single("select hash from audit_event order by id desc limit 1"),
                single("select last_hash from audit_chain_head"));

        FacesClient auditor = new FacesClient(base);
        auditor.signIn(AUDITOR, PASSWORD);
        assertTrue(auditor.get("audit/events").contains("De hashketen is heel"));
    }

    @Test
    void changedAuditEventBreaksTheChain() {
        String id = single("select min(id) from audit_event");
        String actor = single("select actor from audit_event where id = ?", id);
        FacesClient auditor = new FacesClient(base);
        auditor.signIn(AUDITOR, PASSWORD);
        // Only someone with the database's own rights can do this: drop the guard, change history, restore it.
        execute("drop trigger audit_event_no_update");
        try {
            execute("update audit_event set actor = 'iemand anders' where id = ?", id);
            assertTrue(auditor.get("audit/events").contains("De hashketen is gebroken bij gebeurtenis " + id));
        } finally {
            execute("update audit_event set actor = ? where id = ?", actor, id);
            execute("create trigger audit_event_no_update before update on audit_event for each row "
                    + "signal sqlstate '45000' set message_text = 'audit_event is append-only'");
        }
        assertTrue(auditor.get("audit/events").contains("De hashketen is heel"));
    }

    @Test
    void readinessChecksTheDatabase() {
        Page ready = new FacesClient(base).get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        Page home = new FacesClient(base).get("");
        assertEquals(200, home.status());
        String policy = home.header("Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[^']+'.*"), policy);
        assertEquals("nosniff", home.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", home.header("Referrer-Policy"));
        assertEquals("DENY", home.header("X-Frame-Options"));
    }

    @Test
    void homePageIsDutchByDefaultAndEnglishOnRequestForTheWholeSession() {
        FacesClient visitor = new FacesClient(base);
        Page dutch = visitor.get("");
        assertTrue(dutch.body().matches("(?s).*<html[^>]* lang=\"nl\".*"), dutch.body());
        assertTrue(dutch.contains("Wijkfonds West 2027"));
        assertTrue(dutch.contains("Thema&#39;s") || dutch.contains("Thema's"));

        assertTrue(visitor.get("?lang=en").contains("Timeline"));
        Page stillEnglish = visitor.get("login");
        assertTrue(stillEnglish.body().matches("(?s).*<html[^>]* lang=\"en\".*"), stillEnglish.body());
        assertTrue(stillEnglish.contains("Sign in"));
    }

    @Test
    void unknownPageGetsAFriendlyNotFoundPage() {
        for (String page : new String[]{"bestaat-niet", "bestaat-niet.xhtml", "plannen/bestaat-niet"}) {
            Page missing = new FacesClient(base).get(page);
            assertEquals(404, missing.status(), page);
            assertTrue(missing.contains("Pagina niet gevonden"), missing.body());
        }
    }

    @Test
    void oldAddressesWithXhtmlMoveToTheReadableOnes() {
        Page moved = new FacesClient(base).get("login.xhtml?next=%2Faccount%2Fplans");
        assertEquals(301, moved.status());
        assertTrue(moved.location().endsWith("/login?next=%2Faccount%2Fplans"), moved.location());
    }

    @Test
    void postWithAForgedViewStateGetsThePageExpiredPageAndStoresNothing() {
        FacesClient official = signedIn(OFFICIAL);
        long roundsBefore = count("select count(*) from budget_round");
        Page form = official.get("official/round");
        assertEquals(200, form.status());

        Map<String, String> fields = new HashMap<>(form.hiddenFields("round"));
        fields.putAll(Map.of("round:name", "Vervalste ronde", "round:year", "2030", "round:save", "x",
                "jakarta.faces.ViewState", "-1234567890:forged"));
        Page forged = official.post(form.action("round"), fields);

        assertEquals(400, forged.status(), forged.body());
        assertTrue(forged.contains("Pagina verlopen"), forged.body());
        assertEquals(roundsBefore, count("select count(*) from budget_round"));
    }

    @Test
    void postAfterTheSessionEndedGetsThePageExpiredPage() {
        FacesClient visitor = new FacesClient(base);
        Page form = visitor.get("register");
        FacesClient sameBrowserAfterTimeout = new FacesClient(base);
        Page expired = sameBrowserAfterTimeout.submit(form, "registration", "register",
                Map.of("email", "laat@example.nl", "displayName", "Laat", "password", "een lang wachtwoord"));
        assertEquals(400, expired.status(), expired.body());
        assertTrue(expired.contains("Pagina verlopen"), expired.body());
        assertEquals(0, count("select count(*) from account where email = 'laat@example.nl'"));
    }

    @Test
    void postWithoutTheCspNonceGetsThePageExpiredPage() {
        FacesClient visitor = new FacesClient(base);
        Page form = visitor.get("register");
        Map<String, String> fields = new HashMap<>(form.hiddenFields("registration"));
        fields.remove("primefaces.nonce");
        fields.putAll(Map.of("registration:email", "zonder@example.nl", "registration:displayName", "Zonder",
                "registration:password", "een lang wachtwoord", "registration:register", "x"));
        Page refused = visitor.post(form.action("registration"), fields);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(0, count("select count(*) from account where email = 'zonder@example.nl'"));
    }
}
