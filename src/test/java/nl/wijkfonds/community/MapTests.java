package nl.wijkfonds.community;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Map;

import static nl.wijkfonds.community.CommunityPages.resident;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.DemoRound.submissionPhase;
import static nl.wijkfonds.testing.DemoRound.submitPlan;
import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.FormProblems.none;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The map: the submitter places a pin inside the round's area (Amsterdam-West in the demo), typed or clicked; a
 * pin outside, unreadable or on someone else's plan is refused with nothing stored. The gallery's map shows the
 * filtered plans; tiles cannot load in the tests (no internet), which must break neither the page nor axe.
 */
interface MapTests extends Deployed {

    String OUTSIDE = "Deze plek ligt buiten het gebied van de ronde. Kies een plek binnen het kader.";

    @Test
    @Order(300)
    default void theSubmitterPlacesAPinInsideTheAreaAndTheMapShowsIt() {
        submissionPhase(signedIn(OFFICIAL));
        FacesClient submitter = signedIn(RESIDENT);
        long plan = submitPlan(submitter, "Geveltuinen in de Kinkerbuurt", "2.500");
        String path = "account/pin?id=" + plan;
        Page form = submitter.get(path);
        assertEquals(200, form.status(), form.body());
        Page outside = submitter.submit(form, "pin", "save", Map.of("latitude", "52.0", "longitude", "4.0"));
        assertTrue(outside.contains(OUTSIDE), outside.body());
        Page unreadable = submitter.submit(form, "pin", "save", Map.of("latitude", "noord", "longitude", ""));
        assertTrue(unreadable.contains("Vul een getal in") && unreadable.contains("Kies een plek op de kaart"),
                unreadable.body());
        assertEquals(0, count("select count(*) from plan_pin where plan_id = ?", plan), "nothing stored");

        assertEquals(404, resident(base(), "fan1@example.nl").get(path).status(), "only the submitter's own plan");
        assertEquals(403, signedIn(OFFICIAL).get(path).status());

        assertEquals(302, submitter.submit(form, "pin", "save", Map.of("latitude", "52,3667",
                "longitude", "4.8620")).status());
        assertEquals("52.366700 4.862000", single("select concat(latitude, ' ', longitude) from plan_pin"
                + " where plan_id = ?", plan));
        assertEquals(1, count("select count(*) from audit_event where action = 'community.pin-placed'"
                + " and subject_id = ?", plan));

        Page map = new FacesClient(base()).get("plannen/kaart");
        assertEquals(200, map.status());
        assertTrue(map.contains("Geveltuinen in de Kinkerbuurt") && map.contains("52.366700"), map.body());
        String csp = map.header("Content-Security-Policy");
        String images = csp.substring(csp.indexOf("img-src"), csp.indexOf(';', csp.indexOf("img-src")));
        assertTrue(images.contains(" https://service.pdok.nl"), csp);
        assertFalse(csp.substring(csp.indexOf("script-src")).contains("pdok"), "tiles are images, never scripts");
        String otherTheme = single("select id from theme where name = 'Groen en klimaat'");
        assertFalse(new FacesClient(base()).get("plannen/kaart?thema=" + otherTheme)
                .contains("Geveltuinen in de Kinkerbuurt"), "the map filters like the list");
    }

    @Test
    @Order(310)
    @CoversForm(page = "account/pin.xhtml", form = "pin")
    @CoversForm(page = "WEB-INF/plan/gallery-filters.xhtml", form = "filters")
    default void theMapPagesWorkInChromiumWithoutTilesAndPassAxe() {
        long plan = Long.parseLong(single("select id from plan where title = 'Geveltuinen in de Kinkerbuurt'"));
        try (Browser browser = browser()) {
            browser.open("plannen/kaart");
            browser.waitFor(By.cssSelector("#planMap .leaflet-marker-icon, #planMap .marker-cluster"));
            browser.choose(By.id("thema"), "Samen in de buurt");
            browser.click(By.id("applyFilters"));
            assertTrue(browser.currentUrl().contains("kaart?"), browser.currentUrl());
            assertTrue(browser.fitsWidth(360), "the map page fits a phone");

            browser.signIn(RESIDENT, PASSWORD, "nl");
            browser.open("account/pin?id=" + plan);
            browser.type(By.id("pin:latitude"), "");
            browser.type(By.id("pin:longitude"), "4.85");
            browser.click(By.id("pin:save"));
            field("pin:latitude", "Kies een plek op de kaart of typ de coördinaat.").assertShownIn(browser);
            assertEquals("4.85", browser.value("pin:longitude"), "what was typed stays");
            browser.type(By.id("pin:latitude"), "51.9");
            browser.click(By.id("pin:save"));
            field("pin:latitude", OUTSIDE).assertShownIn(browser);
            browser.driver().findElement(By.id("pinMap")).click();
            assertFalse(browser.value("pin:latitude").isEmpty(), "a click on the map fills in the place");
            browser.type(By.id("pin:latitude"), "52.3701");
            browser.type(By.id("pin:longitude"), "4.8501");
            browser.click(By.id("pin:save"));
            none().assertShownIn(browser);
        }
        assertEquals("52.370100", single("select latitude from plan_pin where plan_id = ?", plan));
    }
}
