package nl.wijkfonds.platform;

import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Test;

import static nl.wijkfonds.testing.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every page and operator relies on: migrations, readiness, headers, languages, error pages. */
class PlatformIT extends DeployedApplication {

    @Test
    void schemaComesFromTheMigrationsInSqlFolder() {
        assertEquals(1, count("select count(*) from flyway_schema_history where script like 'V1__%' and success"));
        assertEquals(2, count("select count(*) from information_schema.triggers "
                + "where event_object_table = 'audit_event' and trigger_schema = database()"));
    }

    @Test
    void auditEventsCannotBeChangedOrDeleted() {
        assertTrue(count("select count(*) from audit_event") > 0);
        for (String tampering : new String[]{"update audit_event set actor = 'someone else'",
                "delete from audit_event"}) {
            IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalStateException.class, () -> nl.wijkfonds.testing.TestDatabase.execute(tampering));
            assertTrue(refused.getCause().getMessage().contains("append-only"), refused.getCause().getMessage());
        }
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
        Page stillEnglish = visitor.get("login.xhtml");
        assertTrue(stillEnglish.body().matches("(?s).*<html[^>]* lang=\"en\".*"), stillEnglish.body());
        assertTrue(stillEnglish.contains("Sign in"));
    }

    @Test
    void unknownPageGetsAFriendlyNotFoundPage() {
        Page missing = new FacesClient(base).get("bestaat-niet.xhtml");
        assertEquals(404, missing.status());
        assertTrue(missing.contains("Pagina niet gevonden"), missing.body());
    }
}
