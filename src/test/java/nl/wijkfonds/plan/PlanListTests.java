package nl.wijkfonds.plan;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lists of plans in Chromium: my plans (withdraw, delete), the public gallery's search, the officials' list. */
interface PlanListTests extends Deployed {

    @Test
    @CoversForm(page = "account/plans.xhtml", form = "myPlans")
    default void residentDeletesADraftAndWithdrawsAPlanFromTheListAfterAQuestion() {
        FacesClient resident = signedIn(RESIDENT);
        long draft = PlanPages.draft(resident, "Concept om weg te gooien");
        long submitted = PlanPages.submitted(resident, "Ingediend plan uit mijn lijst");
        try (Browser browser = browser()) {
            browser.signIn(RESIDENT, PASSWORD, "nl");
            browser.open("account/plans");

            String question = browser.clickAndReadQuestion(button("Concept om weg te gooien", "delete"));
            assertTrue(question.contains("Concept om weg te gooien"), question);
            browser.dismissQuestion();
            assertEquals(1, count("select count(*) from plan where id = ?", draft), "cancelled: the draft stays");
            browser.clickAndReadQuestion(button("Concept om weg te gooien", "delete"));
            browser.acceptQuestion();
            assertTrue(browser.pageText().contains("Het concept \"Concept om weg te gooien\" is verwijderd."),
                    browser.pageText());
            assertEquals(0, count("select count(*) from plan where id = ?", draft));

            browser.clickAndReadQuestion(button("Ingediend plan uit mijn lijst", "withdraw"));
            browser.dismissQuestion();
            assertEquals("SUBMITTED", single("select status from plan where id = ?", submitted));
            browser.clickAndReadQuestion(button("Ingediend plan uit mijn lijst", "withdraw"));
            browser.acceptQuestion();
            assertTrue(browser.pageText().contains("Het plan \"Ingediend plan uit mijn lijst\" is ingetrokken."),
                    browser.pageText());
            assertEquals("WITHDRAWN", single("select status from plan where id = ?", submitted));
            assertFalse(browser.isPresent(button("Ingediend plan uit mijn lijst", "withdraw")), "withdrawn once");
        }
        assertEquals(1, count("select count(*) from audit_event where action = 'plan.withdrawn' and subject_id = ?",
                submitted));
    }

    @Test
    @CoversForm(page = "WEB-INF/plan/gallery-filters.xhtml", form = "filters")
    default void visitorSearchesTheGalleryWithTwoWordsInAnyOrderIgnoringCaseAndAccents() {
        FacesClient resident = signedIn(RESIDENT);
        PlanPages.submitted(resident, "Pléin met een MOESTUIN");
        PlanPages.submitted(resident, "Fietsenstalling bij het plein");
        try (Browser browser = browser()) {
            browser.open("plannen/");
            browser.type(By.id("zoek"), "moestuin fietsen");
            browser.click(By.id("applyFilters"));
            assertEquals(200, browser.status());
            assertTrue(browser.pageText().contains("Er zijn geen plannen die hierbij passen."), browser.pageText());
            assertEquals("moestuin fietsen", browser.value("zoek"), "the search stays to be changed");

            browser.type(By.id("zoek"), "moestuin plein");
            browser.click(By.id("applyFilters"));
            assertTrue(browser.currentUrl().contains("zoek=moestuin+plein"), browser.currentUrl());
            assertTrue(browser.text(By.id("plans")).contains("Pléin met een MOESTUIN"), browser.pageText());
            assertFalse(browser.text(By.id("plans")).contains("Fietsenstalling"), browser.pageText());
            assertEquals("moestuin plein", browser.value("zoek"));

            browser.choose(By.id("thema"), "Samen in de buurt");
            browser.click(By.id("applyFilters"));
            assertTrue(browser.pageText().contains("Er zijn geen plannen die hierbij passen."), browser.pageText());
            assertEquals("Samen in de buurt", browser.chosen("thema"));
            browser.choose(By.id("thema"), "Groen en klimaat");
            browser.click(By.id("applyFilters"));
            assertTrue(browser.text(By.id("plans")).contains("Pléin met een MOESTUIN"), browser.pageText());

            browser.click(By.linkText("Pléin met een MOESTUIN"));
            assertTrue(browser.currentUrl().contains("/plannen/"), browser.currentUrl());
            assertEquals(200, browser.status());
            assertTrue(browser.fitsWidth(360), "the plan page fits a phone");
        }
    }

    @Test
    @CoversForm(page = "official/plans.xhtml", form = "roundChoice")
    default void officialChoosesARoundAfterFollowingABrokenAddress() {
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open("official/plans?round=999999");
            assertEquals(404, browser.status(), "an unknown round is not found");
            browser.open("official/plans?round=abc");
            assertEquals(404, browser.status());

            browser.open("official/plans");
            browser.choose(By.id("round"), "Wijkfonds West 2027");
            browser.click(By.cssSelector("#roundChoice button[type=submit]"));
            assertEquals(200, browser.status());
            String roundId = single("select id from budget_round where name = 'Wijkfonds West 2027'");
            assertTrue(browser.currentUrl().contains("round=" + roundId), browser.currentUrl());
            assertEquals("Wijkfonds West 2027", browser.chosen("round"));
            assertTrue(browser.text(By.id("countsByTheme")).contains("Groen en klimaat"));
            assertTrue(browser.fitsWidth(360), "the officials' list fits a phone (its table scrolls)");
        }
    }

    private static By button(String planTitle, String action) {
        return By.xpath("//tr[td//a[normalize-space()='" + planTitle + "']]//input[contains(@id, ':" + action + "')]");
    }
}
