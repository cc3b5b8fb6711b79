package nl.wijkfonds.review;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static nl.wijkfonds.review.ReviewPages.allMet;
import static nl.wijkfonds.review.ReviewPages.allMetBut;
import static nl.wijkfonds.review.ReviewPages.decided;
import static nl.wijkfonds.review.ReviewPages.decisions;
import static nl.wijkfonds.review.ReviewPages.inReview;
import static nl.wijkfonds.review.ReviewPages.propose;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL_2;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium, like people do it: every review form is first sent with a mistake, then with one field fixed, then
 * right — each time the page answers without error, shows each problem once beside its field, keeps what was typed
 * and stores nothing until it is right. A reviewer assesses a plan, a second official confirms it, and the public plan
 * page shows the reason. axe-core checks every page opened.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewBrowserIT extends DeployedApplication {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String NEXT_WEEK = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7).toString();

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
    @Order(1)
    void officialFixesTheCriteriaFormOneFieldAtATime() {
        signIn(OFFICIAL);
        browser.open("official/review/");
        go(By.id("criteriaLink"));
        long events = count("select count(*) from audit_event");

        browser.type(By.id("rules:criterionRows:1:criterionName"), " ");
        browser.type(By.id("rules:changeDays"), "0");
        go(By.id("rules:save"));
        assertEquals("Vul dit veld in.", browser.text(By.id("rules:criterionRows:1:criterionNameError")));
        assertEquals("Vul een aantal dagen in van 1 tot en met 60.", browser.text(By.id("rules:changeDaysError")));
        assertEquals("0", value("rules:changeDays"), "what was typed stays");

        browser.type(By.id("rules:criterionRows:1:criterionName"), "In stadsdeel West");
        go(By.id("rules:save"));
        assertEquals("", browser.text(By.id("rules:criterionRows:1:criterionNameError")));
        assertEquals("Vul een aantal dagen in van 1 tot en met 60.", browser.text(By.id("rules:changeDaysError")));
        assertEquals("In stadsdeel West", value("rules:criterionRows:1:criterionName"));
        assertEquals(events, count("select count(*) from audit_event"), "nothing stored from the wrong tries");

        browser.type(By.id("rules:changeDays"), "12");
        go(By.id("rules:save"));
        assertTrue(browser.pageText().contains("zijn opgeslagen"), browser.pageText());
        assertEquals("12", single("select change_days from review_rules"));
        assertEquals(1, count("select count(*) from eligibility_criterion where name = 'In stadsdeel West'"));
    }

    @Test
    @Order(2)
    void reviewerAssessesASecondOfficialConfirmsAndThePublicReadsTheReason() {
        FacesClient resident = signedIn(RESIDENT);
        FacesClient official = signedIn(OFFICIAL);
        long plan = inReview(resident, official, "Hangplek bij het water", "6.000");

        signIn(OFFICIAL);
        browser.open("official/review/");
        go(By.linkText("Hangplek bij het water"));

        browser.setValue(By.id("assign:dueOn"), "2000-01-01");
        go(By.id("assign:assign"));
        assertEquals("Vul dit veld in.", browser.text(By.id("assign:reviewerError")));
        assertEquals("2000-01-01", value("assign:dueOn"));
        new Select(browser.driver().findElement(By.id("assign:reviewer"))).selectByVisibleText("Demo Ambtenaar");
        go(By.id("assign:assign"));
        assertEquals("", browser.text(By.id("assign:reviewerError")));
        assertEquals("Kies een datum vanaf vandaag.", browser.text(By.id("assign:dueOnError")));
        assertEquals("Demo Ambtenaar", new Select(browser.driver().findElement(By.id("assign:reviewer")))
                .getFirstSelectedOption().getText(), "the chosen reviewer stays");
        assertEquals(0, count("select count(*) from review where plan_id = ?", plan));
        browser.setValue(By.id("assign:dueOn"), NEXT_WEEK);
        go(By.id("assign:assign"));
        assertEquals("IN_REVIEW", single("select state from review where plan_id = ?", plan));

        for (int i = 0; i < ReviewPages.CRITERIA - 1; i++) {
            choose("assess:verdictRows:" + i + ":verdict:" + (i == 5 ? 1 : 0));
        }
        go(By.id("assess:propose"));
        assertEquals("Kies of het plan hieraan voldoet.", browser.text(By.id("assess:verdictRows:7:verdictError")));
        assertTrue(browser.driver().findElement(By.id("assess:verdictRows:5:verdict:1")).isSelected(), "choice kept");
        choose("assess:verdictRows:7:verdict:0");
        go(By.id("assess:propose"));
        assertEquals("", browser.text(By.id("assess:verdictRows:7:verdictError")));
        assertEquals("Schrijf op waarom. Bewoners lezen deze reden.",
                browser.text(By.id("assess:verdictRows:5:reasonError")));
        assertEquals(0, decisions(plan), "nothing stored from the wrong tries");
        browser.type(By.id("assess:verdictRows:5:reason"), "De indiener verdient aan de verhuur van de boten.");
        go(By.id("assess:propose"));
        assertTrue(browser.pageText().contains("is voorgesteld"), browser.pageText());
        assertEquals(1, decisions(plan));

        go(By.id("logout:signOut"));
        signIn(OFFICIAL_2);
        browser.open(ReviewPages.casePath(plan));
        go(By.id("settle:return"));
        assertEquals("Schrijf op waarom u het besluit terugstuurt.", browser.text(By.id("settle:noteError")));
        assertEquals("PROPOSED", single("select state from review_decision"
                + " where review_id = (select id from review where plan_id = ?)", plan));
        goAfterQuestion(By.id("settle:confirm"));
        assertEquals("INELIGIBLE", single("select status from plan where id = ?", plan));

        go(By.id("logout:signOut"));
        browser.open("plannen/" + plan);
        assertTrue(browser.pageText().contains("Niet toegelaten"), browser.pageText());
        assertTrue(browser.text(By.id("publicVerdicts0")).contains("De indiener verdient aan de verhuur van de boten."));
        assertTrue(browser.fitsWidth(360), "the plan page with its review fits a phone");
    }

    @Test
    @Order(3)
    void submitterAppealsAndMakesRequestedChangesAfterAMistakeEach() {
        FacesClient resident = signedIn(RESIDENT);
        FacesClient first = signedIn(OFFICIAL);
        FacesClient second = signedIn(OFFICIAL_2);
        long rejected = decided(resident, first, OFFICIAL, second, "Kiosk op het plein", "9.000",
                allMetBut(0, "DOES_NOT_MEET", "Een kiosk is niet voor iedereen."));
        long toChange = decided(resident, first, OFFICIAL, second, "Bloembakken langs de gracht", "7.000",
                allMetBut(4, "NEEDS_CHANGE", "Wie geeft de planten water? Regel dat zelf."));

        signIn(RESIDENT);
        browser.open("account/plans");
        go(By.partialLinkText("Bezwaar maken"));
        browser.type(By.id("appeal:reason"), "   ");
        go(By.id("appeal:submit"));
        assertEquals("Schrijf op waarom u bezwaar maakt.", browser.text(By.id("appeal:reasonError")));
        assertEquals("FIRST", single("select stage from review where plan_id = ?", rejected));
        browser.type(By.id("appeal:reason"), "Iedereen mag er koffie halen en op het terras zitten.");
        go(By.id("appeal:submit"));
        assertTrue(browser.pageText().contains("Uw bezwaar"), browser.pageText());
        assertEquals("APPEAL", single("select stage from review where plan_id = ?", rejected));

        browser.open("account/plan?id=" + toChange);
        assertTrue(browser.pageText().contains("Wie geeft de planten water? Regel dat zelf."));
        browser.type(By.id("plan:title"), "");
        browser.type(By.id("plan:costRows:0:costAmount"), "7.250");
        go(By.id("plan:resubmit"));
        assertEquals("Vul dit veld in.", browser.text(By.id("plan:titleError")));
        assertEquals("7.250", value("plan:costRows:0:costAmount"), "the changed amount stays");
        assertEquals("CHANGES_REQUESTED", single("select status from plan where id = ?", toChange));
        browser.type(By.id("plan:title"), "Bloembakken langs de gracht, met water");
        go(By.id("plan:resubmit"));
        assertTrue(browser.pageText().contains("teruggestuurd naar de gemeente"), browser.pageText());
        assertEquals("SUBMITTED", single("select status from plan where id = ?", toChange));
        assertEquals("725000", single("select cost_cents from plan where id = ?", toChange));

        go(By.id("logout:signOut"));
        signIn(OFFICIAL);
        browser.open(ReviewPages.casePath(toChange));
        assertTrue(browser.text(By.id("changes")).contains("€ 7.250,00"), browser.pageText());
        assertEquals(302, propose(first, toChange, allMet()).status(), "the reviewer decides again");
        assertEquals(2, decisions(toChange));
    }

    /**
     * Clicks what loads a new page, waits until that page replaced this one (marked before the click, since under
     * load the old page can still look finished) and checks its accessibility.
     */
    private void go(By element) {
        markPage();
        browser.driver().findElement(element).click();
        awaitNewPage();
    }

    /** Clicks a button that asks first (window.confirm), answers OK, and checks the page it leads to. */
    private void goAfterQuestion(By element) {
        markPage();
        browser.driver().findElement(element).click();
        new WebDriverWait(browser.driver(), PATIENCE).until(ExpectedConditions.alertIsPresent()).accept();
        awaitNewPage();
    }

    private void signIn(String email) {
        browser.open("login?lang=nl");
        browser.type(By.id("login:email"), email);
        browser.type(By.id("login:password"), PASSWORD);
        go(By.id("login:signIn"));
    }

    private void markPage() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.reviewPageBefore = true;");
    }

    private void awaitNewPage() {
        new WebDriverWait(browser.driver(), PATIENCE).ignoring(WebDriverException.class).until(d -> Boolean.TRUE
                .equals(((JavascriptExecutor) d).executeScript(
                        "return !window.reviewPageBefore && document.readyState === 'complete'")));
        browser.checkAccessibility();
    }

    /** Picks a radio button; the page itself does not change, so there is nothing new to check. */
    private void choose(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    private String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }
}
