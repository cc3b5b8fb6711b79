package nl.wijkfonds.plan;

import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident goes from idea to published plan in headless Chromium: registers, writes a draft, adds two cost lines
 * and a photo, submits, and finds the plan in the public gallery by its theme. axe-core checks every page on the
 * way, and the pages must fit a 360 px wide phone.
 */
class PlanBrowserIT extends DeployedApplication {

    @Test
    void residentGoesFromIdeaToPublishedPlanAndFindsItInTheGallery() throws IOException {
        Path photo = Files.createTempFile("speeltuin", ".jpg");
        Files.write(photo, TestFiles.jpegWithLocation());
        try (Browser browser = new Browser(base)) {
            Residents.registered(browser, "fatima.plannen@example.nl", "Fatima El Amrani", "een-heel-lang-wachtwoord");

            browser.open("account/plans.xhtml");
            browser.click(By.id("newPlan"));
            assertTrue(browser.fitsWidth(360), "the plan form fits a phone");
            browser.type(By.id("plan:title"), "Schaduw in de speeltuin");
            browser.click(By.id("plan:save"));
            assertTrue(browser.pageText().contains("Het concept \"Schaduw in de speeltuin\" is opgeslagen."),
                    browser.pageText());
            String id = single("select id from plan where title = 'Schaduw in de speeltuin'");
            assertEquals("DRAFT", single("select status from plan where id = ?", id));

            browser.type(By.id("plan:summary"), "Een zonnezeil en twee bomen, zodat kinderen ook in de zomer buiten spelen.");
            browser.type(By.id("plan:description"), "De speeltuin ligt de hele dag in de zon.\nWe willen schaduw.");
            new Select(browser.driver().findElement(By.id("plan:theme"))).selectByVisibleText("Groen en klimaat");
            new Select(browser.driver().findElement(By.id("plan:neighbourhood"))).selectByVisibleText("Bos en Lommer");
            browser.type(By.id("plan:location"), "Speeltuin aan de Bos en Lommerweg");
            browser.type(By.id("plan:costRows:0:costItem"), "Zonnezeil");
            browser.type(By.id("plan:costRows:0:costAmount"), "2.400");
            browser.click(By.id("plan:addCost"));
            browser.waitFor(By.id("plan:costRows:1:costItem"));
            browser.type(By.id("plan:costRows:1:costItem"), "Twee bomen");
            browser.type(By.id("plan:costRows:1:costAmount"), "1.100,50");

            browser.driver().findElement(By.id("plan:upload_input")).sendKeys(photo.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("plan:files")).getText().contains(photo.getFileName().toString())
                            && d.findElements(By.cssSelector(".ui-fileupload-row")).isEmpty());
            browser.checkAccessibility();

            browser.click(By.id("plan:submit"));
            assertTrue(browser.pageText().contains("Het plan \"Schaduw in de speeltuin\" is ingediend."),
                    browser.pageText());
            assertEquals("SUBMITTED", single("select status from plan where id = ?", id));
            assertEquals("350050", single("select cost_cents from plan where id = ?", id));
            assertEquals(1, count("select count(*) from plan_file where plan_id = ?", id));

            browser.open("plannen/");
            assertTrue(browser.fitsWidth(360), "the gallery fits a phone");
            new Select(browser.driver().findElement(By.id("thema"))).selectByVisibleText("Groen en klimaat");
            browser.click(By.id("applyFilters"));
            assertTrue(browser.driver().getCurrentUrl().contains("thema="), browser.driver().getCurrentUrl());
            assertTrue(browser.text(By.id("plans")).contains("Schaduw in de speeltuin"));

            browser.click(By.linkText("Schaduw in de speeltuin"));
            assertTrue(browser.driver().getCurrentUrl().contains("/plannen/" + id + "-schaduw-in-de-speeltuin"));
            assertTrue(browser.text(By.id("costTable")).contains("Twee bomen"));
            assertTrue(browser.text(By.id("planCost")).contains("3.500,50"));
            assertEquals(1, browser.driver().findElements(By.cssSelector(".plan-images img")).size());
            assertTrue(browser.fitsWidth(360), "the plan page fits a phone");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void officialSeesAllPlansWithCountsOnAnAccessiblePage() {
        try (Browser browser = new Browser(base)) {
            browser.open("login.xhtml");
            browser.type(By.id("login:email"), nl.wijkfonds.testing.DemoAccounts.OFFICIAL);
            browser.type(By.id("login:password"), nl.wijkfonds.testing.DemoAccounts.PASSWORD);
            browser.click(By.id("login:signIn"));
            browser.open("official/plans.xhtml");
            assertTrue(browser.text(By.id("countsByTheme")).contains("Groen en klimaat"));
            assertTrue(browser.fitsWidth(360), "the officials' list fits a phone (its table scrolls)");
        }
    }

    @Test
    void galleryReadsInEnglishAtThePlansAddress() {
        try (Browser browser = new Browser(base)) {
            browser.open("plans");
            assertTrue(browser.pageText().contains("Search in title and summary"), browser.pageText());
            assertTrue(browser.fitsWidth(360));
        }
    }
}
