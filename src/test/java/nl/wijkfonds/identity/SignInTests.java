package nl.wijkfonds.identity;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.DemoAccounts;
import nl.wijkfonds.testing.Deployed;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.FormProblems.general;
import static nl.wijkfonds.testing.FormProblems.none;
import static nl.wijkfonds.testing.Messages.REQUIRED;
import static nl.wijkfonds.testing.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out in Chromium (staff with a code from their app), with the mistakes people make on the way. */
interface SignInTests extends Deployed {

    String WRONG_PASSWORD = "Het e-mailadres of wachtwoord klopt niet.";
    String CODE_WRONG = "Deze code klopt niet. Let op: elke code werkt maar één keer.";

    @Test
    @CoversForm(page = "login.xhtml", form = "login")
    default void officialSignsInAfterAnEmptyFormAndAWrongPasswordTwice() {
        long events = count("select count(*) from audit_event");
        try (Browser browser = browser()) {
            browser.open("login");
            browser.click(By.id("login:signIn"));
            field("login:email", REQUIRED).and("login:password", REQUIRED).assertShownIn(browser);

            browser.type(By.id("login:email"), OFFICIAL);
            browser.click(By.id("login:signIn"));
            field("login:password", REQUIRED).assertShownIn(browser);
            assertEquals(OFFICIAL, browser.value("login:email"), "the e-mail address is kept");

            for (int attempt = 1; attempt <= 2; attempt++) {
                browser.type(By.id("login:password"), "niet-het-wachtwoord");
                browser.click(By.id("login:signIn"));
                general(WRONG_PASSWORD).assertShownIn(browser);
                assertEquals(OFFICIAL, browser.value("login:email"), "the e-mail address is kept");
                assertEquals("", browser.value("login:password"), "a password is never sent back");
            }
            assertEquals(events, count("select count(*) from audit_event"), "failed sign-ins change nothing");

            browser.type(By.id("login:password"), PASSWORD);
            browser.click(By.id("login:signIn"));
            none().assertShownIn(browser);
            assertFalse(browser.isPresent(By.id("logout:signOut")), "staff are not in on a password alone");

            browser.click(By.id("login:verifyCode"));
            field("login:code", REQUIRED).assertShownIn(browser);
            browser.type(By.id("login:code"), "123456");
            browser.click(By.id("login:verifyCode"));
            field("login:code", CODE_WRONG).assertShownIn(browser);
            browser.type(By.id("login:code"), DemoAccounts.currentCode(OFFICIAL, DemoAccounts.STAFF_TOTP_SECRET));
            browser.click(By.id("login:verifyCode"));
            none().assertShownIn(browser);
            assertTrue(browser.isPresent(By.id("logout:signOut")), "signed in: " + browser.pageText());
            browser.open("official/rounds");
            assertEquals(200, browser.status());
        }
    }

    @Test
    @CoversForm(page = "WEB-INF/templates/layout.xhtml", form = "logout")
    default void signingOutEndsTheSessionAndKeepsTheLanguage() {
        try (Browser browser = browser()) {
            browser.signIn(RESIDENT, PASSWORD, "en");
            browser.open("account/plans");
            browser.signOut();
            assertFalse(browser.isPresent(By.id("logout:signOut")), browser.pageText());
            assertTrue(browser.pageText().contains("Sign in"), "still in English: " + browser.pageText());

            browser.open("account/plans");
            assertTrue(browser.currentUrl().contains("/login?next="), "signed out: " + browser.currentUrl());
        }
    }

    @Test
    default void visitorWhoWantsToSubmitAPlanSignsInAndLandsInThePlanEditor() {
        try (Browser browser = browser()) {
            browser.open("plannen/");
            browser.click(By.linkText("Zelf een plan indienen"));
            assertTrue(browser.currentUrl().contains("/login?next="), browser.currentUrl());
            assertTrue(browser.pageText().contains("Log in om verder te gaan."), browser.pageText());

            browser.type(By.id("login:email"), RESIDENT);
            browser.type(By.id("login:password"), "fout wachtwoord");
            browser.click(By.id("login:signIn"));
            general(WRONG_PASSWORD).assertShownIn(browser);
            browser.type(By.id("login:password"), PASSWORD);
            browser.click(By.id("login:signIn"));

            assertEquals(200, browser.status());
            assertTrue(browser.currentUrl().endsWith("/account/plan"), browser.currentUrl());
            assertTrue(browser.isPresent(By.id("plan:title")), browser.pageText());
            browser.open("account/plans");
            assertEquals(200, browser.status());
            assertTrue(browser.isPresent(By.id("logout:signOut")), "still signed in");
        }
    }
}
