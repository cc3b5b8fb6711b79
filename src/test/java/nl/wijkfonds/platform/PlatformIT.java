package nl.wijkfonds.platform;

import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import nl.wijkfonds.testing.Waiting;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.dropApplicationConnections;
import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every page and operator relies on: migrations, readiness, headers, languages, error pages, expired and
 * forged posts; what the server does not show (see {@link ExposureTests}); and a crawl of every page for every role
 * (see {@link CrawlTests}).
 */
class PlatformIT extends DeployedApplication implements CrawlTests, ExposureTests {

    @Test
    void schemaComesFromTheMigrationsInSqlFolder() {
        assertEquals(count("select count(*) from flyway_schema_history where success"),
                count("select count(*) from flyway_schema_history"));
        assertEquals(1, count("select count(*) from flyway_schema_history"
                + " where script = 'V1__accounts_rounds_audit.sql'"), "V1 once (a LIKE 'V1__%' would match V10 too)");
        assertEquals(2, count("select count(*) from information_schema.triggers "
                + "where event_object_table = 'audit_event' and trigger_schema = database()"));
    }

    @Test
    void readinessChecksTheDatabase() {
        Page ready = new FacesClient(base).get("health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertEquals("{\"status\":\"UP\"}", ready.body(), "UP or DOWN, nothing about the database");
    }

    /** As after a restart of MariaDB: every pooled connection is dead, and the platform must notice by itself. */
    @Test
    void afterTheDatabaseDroppedEveryConnectionThePlatformReconnectsByItself() {
        FacesClient visitor = new FacesClient(base);
        assertEquals(200, visitor.get("plannen/").status());
        assertTrue(dropApplicationConnections() > 0, "the pool held connections");
        Waiting.until(() -> visitor.get("health/ready").status() == 200 && visitor.get("plannen/").status() == 200,
                "the platform answering from the database again");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        Page home = new FacesClient(base).get("");
        assertEquals(200, home.status());
        String policy = home.header("Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.matches(".*script-src 'nonce-[^']+'.*"), policy);
        assertFalse(policy.matches(".*script-src[^;]*'self'.*"), "scripts by nonce only: " + policy);
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
