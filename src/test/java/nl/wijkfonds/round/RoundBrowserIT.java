package nl.wijkfonds.round;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.DeployedApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real browser: an official signs in, creates a round with three themes and publishes it, and the public home
 * page shows it in Dutch and in English, also on a phone-sized screen. Every page opened is checked with axe-core.
 */
class RoundBrowserIT extends DeployedApplication {

    private static final String NAME = "Wijkfonds Zuid 2031";
    private static final String[] THEMES = {"Spelen en sporten", "Kunst in de straat", "Schone buurt"};

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(base);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void officialCreatesARoundWithThreeThemesAndThePublicSeesItInDutchAndEnglish() {
        browser.signIn(OFFICIAL, PASSWORD, "nl");

        browser.open("official/round.xhtml");
        browser.type(By.id("round:name"), NAME);
        browser.type(By.id("round:year"), "2031");
        browser.type(By.id("round:totalBudget"), "250.000");
        browser.type(By.id("round:maxPlanCost"), "40.000");
        for (int i = 0; i < THEMES.length; i++) {
            if (i > 0) {
                browser.driver().findElement(By.id("round:addTheme")).click();
                browser.waitFor(By.id("round:themeRows:" + i + ":themeName"));
            }
            browser.type(By.id("round:themeRows:" + i + ":themeName"), THEMES[i]);
            browser.type(By.id("round:themeRows:" + i + ":themeDescription"), "Plannen voor " + THEMES[i]);
        }
        browser.type(By.id("round:neighbourhoodRows:0:neighbourhoodName"), "Rivierenbuurt");
        browser.type(By.id("round:neighbourhoodRows:0:postcodeRanges"), "1078-1079");
        for (int i = 0; i < RoundFormFields.PHASE_STARTS.size(); i++) {
            browser.setValue(By.id("round:phaseRows:" + i + ":phaseStart"), RoundFormFields.PHASE_STARTS.get(i));
        }
        browser.checkAccessibility();
        browser.click(By.id("round:save"));

        assertTrue(browser.pageText().contains("De ronde \"" + NAME + "\" is opgeslagen."), browser.pageText());
        browser.click(By.id("rounds:roundRows:0:next"));
        assertTrue(browser.pageText().contains("is nu in de fase: Plannen indienen"), browser.pageText());

        browser.click(By.id("logout:signOut"));
        browser.open("?lang=nl");
        assertEquals(NAME, browser.text(By.id("roundName")));
        assertEquals("€ 250.000,00", browser.text(By.id("totalBudget")));
        assertEquals("Plannen indienen", browser.text(By.id("currentPhase")));
        for (String theme : THEMES) {
            assertTrue(browser.text(By.id("themes")).contains(theme), theme);
        }
        assertTrue(browser.pageText().contains("Planning"));
        assertTrue(browser.fitsWidth(360), "the home page fits a 360 px wide phone");

        browser.open("?lang=en");
        assertEquals(NAME, browser.text(By.id("roundName")));
        assertEquals("€250,000.00", browser.text(By.id("totalBudget")));
        assertEquals("Submitting plans", browser.text(By.id("currentPhase")));
        assertTrue(browser.pageText().contains("Timeline"));
        assertTrue(browser.pageText().contains("Themes"));
    }

    @Test
    void roundFormShowsTheMessageNextToTheFieldInTheBrowser() {
        browser.signIn(OFFICIAL, PASSWORD, "en");
        browser.open("official/round.xhtml");
        browser.type(By.id("round:name"), "<script>alert(1)</script>");
        browser.click(By.id("round:save"));

        assertTrue(browser.text(By.id("round:nameMessage")).contains("Use plain text"), browser.pageText());
        assertTrue(browser.text(By.id("round:totalBudgetMessage")).contains("Please fill in this field."));
        assertTrue(browser.fitsWidth(360), "the round form fits a 360 px wide phone");
    }

    @Test
    void everyPageMeetsWcagAaForVisitorsAndStaff() {
        for (String language : new String[]{"nl", "en"}) {
            for (String page : new String[]{"", "login.xhtml", "register.xhtml", "bestaat-niet.xhtml"}) {
                browser.open(page + "?lang=" + language);
            }
        }
        browser.signIn(ADMIN, PASSWORD, "nl");
        for (String page : new String[]{"official/rounds.xhtml", "official/round.xhtml", "admin/accounts.xhtml",
                "audit/events.xhtml"}) {
            browser.open(page);
            assertTrue(browser.fitsWidth(360), page + " fits a 360 px wide phone");
        }
    }
}
