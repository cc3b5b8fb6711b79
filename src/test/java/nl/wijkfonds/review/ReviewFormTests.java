package nl.wijkfonds.review;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneId;

import static nl.wijkfonds.review.ReviewPages.allMet;
import static nl.wijkfonds.review.ReviewPages.allMetBut;
import static nl.wijkfonds.review.ReviewPages.casePath;
import static nl.wijkfonds.review.ReviewPages.decided;
import static nl.wijkfonds.review.ReviewPages.decisions;
import static nl.wijkfonds.review.ReviewPages.inReview;
import static nl.wijkfonds.review.ReviewPages.propose;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL_2;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.FormProblems.none;
import static nl.wijkfonds.testing.Messages.REQUIRED;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review's forms in Chromium, like people use them: each is first sent with a mistake, then with one field
 * fixed, then right — each time the page answers without error, shows each problem once beside its field, keeps
 * what was typed and stores nothing until it is right. A reviewer assesses a plan, a second official confirms it,
 * and the public plan page shows the reason. axe-core checks every page opened.
 */
interface ReviewFormTests extends Deployed {

    String NEXT_WEEK = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7).toString();
    String DAYS = "Vul een aantal dagen in van 1 tot en met 60.";
    String REASON = "Schrijf op waarom. Bewoners lezen deze reden.";

    @Test
    @Order(20)
    @CoversForm(page = "official/review/criteria.xhtml", form = "rules")
    @CoversForm(page = "official/review/index.xhtml", form = "roundChoice")
    default void officialFixesTheCriteriaFormOneFieldAtATime() {
        long events = count("select count(*) from audit_event");
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open("official/review/?round=999999");
            assertEquals(404, browser.status(), "an unknown round is not found");
            browser.open("official/review/");
            browser.choose(By.id("round"), "Wijkfonds West 2027");
            browser.click(By.cssSelector("#roundChoice button[type=submit]"));
            assertTrue(browser.currentUrl().contains("round="), browser.currentUrl());
            browser.click(By.id("criteriaLink"));

            browser.type(By.id("rules:criterionRows:1:criterionName"), " ");
            browser.type(By.id("rules:changeDays"), "0");
            browser.click(By.id("rules:save"));
            field("rules:criterionRows:1:criterionName", REQUIRED).and("rules:changeDays", DAYS)
                    .assertShownIn(browser);
            assertEquals("0", browser.value("rules:changeDays"), "what was typed stays");

            browser.type(By.id("rules:criterionRows:1:criterionName"), "In stadsdeel West");
            browser.click(By.id("rules:save"));
            field("rules:changeDays", DAYS).assertShownIn(browser);
            assertEquals("In stadsdeel West", browser.value("rules:criterionRows:1:criterionName"));
            assertEquals(events, count("select count(*) from audit_event"), "nothing stored from the wrong tries");

            browser.type(By.id("rules:changeDays"), "12");
            browser.click(By.id("rules:save"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("zijn opgeslagen"), browser.pageText());
        }
        assertEquals("12", single("select change_days from review_rules"));
        assertEquals(1, count("select count(*) from eligibility_criterion where name = 'In stadsdeel West'"));
    }

    @Test
    @Order(110)
    @CoversForm(page = "official/review/plan.xhtml", form = "assign")
    @CoversForm(page = "official/review/plan.xhtml", form = "assess")
    @CoversForm(page = "official/review/plan.xhtml", form = "settle")
    default void reviewerAssessesASecondOfficialConfirmsAndThePublicReadsTheReason() {
        FacesClient official = signedIn(OFFICIAL);
        long plan = inReview(signedIn(RESIDENT), official, "Hangplek bij het water", "6.000");
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open("official/review/");
            browser.click(By.linkText("Hangplek bij het water"));

            browser.setValue(By.id("assign:dueOn"), "2000-01-01");
            browser.click(By.id("assign:assign"));
            field("assign:reviewer", REQUIRED).assertShownIn(browser);
            assertEquals("2000-01-01", browser.value("assign:dueOn"));
            browser.choose(By.id("assign:reviewer"), "Demo Ambtenaar");
            browser.click(By.id("assign:assign"));
            field("assign:dueOn", "Kies een datum vanaf vandaag.").assertShownIn(browser);
            assertEquals("Demo Ambtenaar", browser.chosen("assign:reviewer"), "the chosen reviewer stays");
            assertEquals(0, count("select count(*) from review where plan_id = ?", plan));
            browser.setValue(By.id("assign:dueOn"), NEXT_WEEK);
            browser.click(By.id("assign:assign"));
            none().assertShownIn(browser);
            assertEquals("IN_REVIEW", single("select state from review where plan_id = ?", plan));

            for (int i = 0; i < ReviewPages.CRITERIA - 1; i++) {
                browser.driver().findElement(By.id("assess:verdictRows:" + i + ":verdict:" + (i == 5 ? 1 : 0)))
                        .click();
            }
            browser.click(By.id("assess:propose"));
            field("assess:verdictRows:7:verdict", "Kies of het plan hieraan voldoet.").assertShownIn(browser);
            assertEquals("DOES_NOT_MEET", browser.checkedRadio("assess:verdictRows:5:verdict"), "choice kept");
            browser.driver().findElement(By.id("assess:verdictRows:7:verdict:0")).click();
            browser.click(By.id("assess:propose"));
            field("assess:verdictRows:5:reason", REASON).assertShownIn(browser);
            assertEquals("MEETS", browser.checkedRadio("assess:verdictRows:7:verdict"));
            assertEquals(0, decisions(plan), "nothing stored from the wrong tries");
            browser.type(By.id("assess:verdictRows:5:reason"), "De indiener verdient aan de verhuur van de boten.");
            browser.click(By.id("assess:propose"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("is voorgesteld"), browser.pageText());
            assertEquals(1, decisions(plan));

            browser.signOut();
            browser.signIn(OFFICIAL_2, PASSWORD, "nl");
            browser.open(casePath(plan));
            browser.click(By.id("settle:return"));
            field("settle:note", "Schrijf op waarom u het besluit terugstuurt.").assertShownIn(browser);
            assertEquals("PROPOSED", single("select state from review_decision"
                    + " where review_id = (select id from review where plan_id = ?)", plan));
            String question = browser.clickAndReadQuestion(By.id("settle:confirm"));
            assertTrue(question.contains("Hangplek bij het water"), question);
            browser.acceptQuestion();
            none().assertShownIn(browser);
            assertEquals("INELIGIBLE", single("select status from plan where id = ?", plan));

            browser.signOut();
            browser.open("plannen/" + plan);
            assertTrue(browser.pageText().contains("Niet toegelaten"), browser.pageText());
            assertTrue(browser.text(By.id("publicVerdicts0"))
                    .contains("De indiener verdient aan de verhuur van de boten."));
            assertTrue(browser.fitsWidth(360), "the plan page with its review fits a phone");
        }
    }

    @Test
    @Order(120)
    @CoversForm(page = "account/appeal.xhtml", form = "appeal")
    @CoversForm(page = "official/review/plan.xhtml", form = "conflict")
    default void submitterAppealsAndMakesRequestedChangesAfterAMistakeEach() {
        FacesClient resident = signedIn(RESIDENT);
        FacesClient first = signedIn(OFFICIAL);
        FacesClient second = signedIn(OFFICIAL_2);
        long rejected = decided(resident, first, OFFICIAL, second, "Kiosk op het plein", "9.000",
                allMetBut(0, "DOES_NOT_MEET", "Een kiosk is niet voor iedereen."));
        long toChange = decided(resident, first, OFFICIAL, second, "Bloembakken langs de gracht", "7.000",
                allMetBut(4, "NEEDS_CHANGE", "Wie geeft de planten water? Regel dat zelf."));
        try (Browser browser = browser()) {
            browser.signIn(RESIDENT, PASSWORD, "nl");
            browser.open("account/plans");
            browser.click(By.xpath("//tr[td//a[normalize-space()='Kiosk op het plein']]"
                    + "//a[contains(., 'Bezwaar maken')]"));
            browser.type(By.id("appeal:reason"), "   ");
            browser.click(By.id("appeal:submit"));
            field("appeal:reason", "Schrijf op waarom u bezwaar maakt.").assertShownIn(browser);
            assertEquals("FIRST", single("select stage from review where plan_id = ?", rejected));
            browser.type(By.id("appeal:reason"), "Iedereen mag er koffie halen en op het terras zitten.");
            browser.click(By.id("appeal:submit"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("Uw bezwaar"), browser.pageText());
            assertEquals("APPEAL", single("select stage from review where plan_id = ?", rejected));

            browser.open("account/plan?id=" + toChange);
            assertTrue(browser.pageText().contains("Wie geeft de planten water? Regel dat zelf."));
            browser.type(By.id("plan:title"), "");
            browser.type(By.id("plan:costRows:0:costAmount"), "7.250");
            browser.click(By.id("plan:resubmit"));
            field("plan:title", REQUIRED).assertShownIn(browser);
            assertEquals("7.250", browser.value("plan:costRows:0:costAmount"), "the changed amount stays");
            assertEquals("CHANGES_REQUESTED", single("select status from plan where id = ?", toChange));
            browser.type(By.id("plan:title"), "Bloembakken langs de gracht, met water");
            browser.click(By.id("plan:resubmit"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("teruggestuurd naar de gemeente"), browser.pageText());
            assertEquals("SUBMITTED", single("select status from plan where id = ?", toChange));
            assertEquals("725000", single("select cost_cents from plan where id = ?", toChange));

            browser.signOut();
            browser.signIn(OFFICIAL_2, PASSWORD, "nl");
            browser.open(casePath(toChange));
            assertTrue(browser.text(By.id("changes")).contains("€ 7.250,00"), browser.pageText());
            browser.clickAndReadQuestion(By.id("conflict:declare"));
            browser.dismissQuestion();
            assertEquals(0, conflicts(toChange), "cancelled: nothing declared");
            browser.clickAndReadQuestion(By.id("conflict:declare"));
            browser.acceptQuestion();
            none().assertShownIn(browser);
            assertEquals(1, conflicts(toChange));
        }
        assertEquals(302, propose(first, toChange, allMet()).status(), "the reviewer decides again");
        assertEquals(2, decisions(toChange));
    }

    private static long conflicts(long planId) {
        return count("select count(*) from review_conflict c join review r on r.id = c.review_id where r.plan_id = ?",
                planId);
    }
}
