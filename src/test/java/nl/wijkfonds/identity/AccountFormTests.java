package nl.wijkfonds.identity;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.Messages.EMAIL_INVALID;
import static nl.wijkfonds.testing.Messages.PLAIN_TEXT;
import static nl.wijkfonds.testing.Messages.REQUIRED;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Making accounts in Chromium: a resident registers, an administrator creates staff; mistakes first. */
interface AccountFormTests extends Deployed {

    String PASSWORD_LENGTH = "Gebruik minstens 12 en hoogstens 128 tekens.";
    String EMAIL_TAKEN = "Er is al een account met dit e-mailadres.";

    @Test
    @CoversForm(page = "register.xhtml", form = "registration")
    default void residentRegistersAfterMarkupInTheNameAnEmptyPasswordAndAnAddressInUse() {
        long accounts = count("select count(*) from account");
        long events = count("select count(*) from audit_event");
        try (Browser browser = browser()) {
            browser.open("register");
            browser.type(By.id("registration:email"), RESIDENT);
            browser.type(By.id("registration:displayName"), "<b>Piet</b>");
            browser.click(By.id("registration:register"));
            field("registration:displayName", PLAIN_TEXT).and("registration:password", REQUIRED)
                    .assertShownIn(browser);
            assertEquals(RESIDENT, browser.value("registration:email"));
            assertEquals("<b>Piet</b>", browser.value("registration:displayName"));

            browser.type(By.id("registration:password"), "kort");
            browser.click(By.id("registration:register"));
            field("registration:displayName", PLAIN_TEXT).and("registration:password", PASSWORD_LENGTH)
                    .assertShownIn(browser);

            browser.type(By.id("registration:displayName"), "Piet Jansen");
            browser.type(By.id("registration:password"), "een lang wachtwoord");
            browser.click(By.id("registration:register"));
            field("registration:email", EMAIL_TAKEN).assertShownIn(browser);
            assertEquals("Piet Jansen", browser.value("registration:displayName"));
            assertEquals(accounts, count("select count(*) from account"), "nothing stored from the wrong tries");
            assertEquals(events, count("select count(*) from audit_event"));

            browser.type(By.id("registration:email"), "Piet.Jansen@Example.nl");
            browser.type(By.id("registration:password"), "een lang wachtwoord");
            browser.click(By.id("registration:register"));
            assertTrue(browser.currentUrl().contains("/login"), browser.currentUrl());
            assertTrue(browser.pageText().contains("Uw account is gemaakt."), browser.pageText());
            assertEquals("RESIDENT", single("select r.role from account_role r join account a "
                    + "on a.id = r.account_id where a.email = 'piet.jansen@example.nl'"));
            assertEquals("Piet Jansen", single("select display_name from account where email = ?",
                    "piet.jansen@example.nl"));
            String hash = single("select password_hash from account where email = 'piet.jansen@example.nl'");
            assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), "stored as a PBKDF2 hash: " + hash);
            assertFalse(single("select after_state from audit_event where action = 'account.registered' "
                    + "order by id desc limit 1").contains(hash), "the audit log never holds the hash");

            browser.signIn("piet.jansen@example.nl", "een lang wachtwoord", "nl");
            browser.openUnchecked("official/rounds");
            assertEquals(403, browser.status(), "a resident is no official");
        }
    }

    @Test
    @CoversForm(page = "admin/accounts.xhtml", form = "staff")
    default void administratorCreatesAnAuditorAfterABadAddressAShortPasswordAndAnAddressInUse() {
        long accounts = count("select count(*) from account");
        try (Browser browser = browser()) {
            browser.signIn(ADMIN, PASSWORD, "nl");
            browser.open("admin/accounts");
            browser.type(By.id("staff:email"), "geen-adres");
            browser.type(By.id("staff:password"), "kort");
            browser.driver().findElement(By.cssSelector("input[name='staff:role'][value='AUDITOR']")).click();
            browser.click(By.id("staff:create"));
            field("staff:email", EMAIL_INVALID).and("staff:displayName", REQUIRED)
                    .and("staff:password", PASSWORD_LENGTH).assertShownIn(browser);
            assertEquals("geen-adres", browser.value("staff:email"));
            assertEquals("AUDITOR", browser.checkedRadio("staff:role"), "the chosen role is kept");

            browser.type(By.id("staff:displayName"), "Nieuwe Controleur");
            browser.click(By.id("staff:create"));
            field("staff:email", EMAIL_INVALID).and("staff:password", REQUIRED).assertShownIn(browser);
            assertEquals("Nieuwe Controleur", browser.value("staff:displayName"));

            browser.type(By.id("staff:email"), OFFICIAL);
            browser.type(By.id("staff:password"), "welkom bij west 2027");
            browser.click(By.id("staff:create"));
            field("staff:email", EMAIL_TAKEN).assertShownIn(browser);
            assertEquals(accounts, count("select count(*) from account"), "nothing stored from the wrong tries");

            browser.type(By.id("staff:email"), "controle@west.amsterdam.nl");
            browser.type(By.id("staff:password"), "welkom bij west 2027");
            browser.click(By.id("staff:create"));
            assertTrue(browser.pageText().contains("Het account voor controle@west.amsterdam.nl is gemaakt."),
                    browser.pageText());
            assertTrue(browser.errorSummary().isEmpty());
            assertEquals(accounts + 1, count("select count(*) from account"));
            assertEquals("AUDITOR", single("select r.role from account_role r join account a "
                    + "on a.id = r.account_id where a.email = 'controle@west.amsterdam.nl'"));
            assertEquals(ADMIN, single("select actor from audit_event where action = 'account.staff-created' "
                    + "order by id desc limit 1"));
        }
        try (Browser auditor = browser()) {
            auditor.signIn("controle@west.amsterdam.nl", "welkom bij west 2027", "nl");
            auditor.open("audit/events");
            assertEquals(200, auditor.status());
        }
    }
}
