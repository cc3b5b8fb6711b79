package nl.wijkfonds.identity;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.Mailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;

import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The account pages in Chromium, as a person uses them: every form is sent wrong, then with one field fixed, then
 * right; each error shows once beside its field, typed values stay, and nothing is stored from the wrong tries.
 * Links come from the real e-mails. axe-core checks every page on the way.
 */
class AccountBrowserIT extends DeployedApplication {

    private static final String ERROR_PAGE = "Er ging iets mis";

    @Test
    void residentRegistersReadsTheMailFollowsTheLinkAndSignsIn() {
        String email = "sanne@example.nl";
        try (Browser browser = new Browser(base)) {
            long accounts = count("select count(*) from account");
            browser.open("register");
            browser.type(By.id("registration:email"), "sanne-at-example.nl");
            browser.type(By.id("registration:displayName"), "<i>Sanne</i>");
            browser.type(By.id("registration:password"), "kort");
            browser.click(By.id("registration:register"));
            assertErrorBeside(browser, "registration:email", "Vul een geldig e-mailadres in");
            assertErrorBeside(browser, "registration:displayName", "Gebruik gewone tekst");
            assertEquals("<i>Sanne</i>", browser.driver().findElement(By.id("registration:displayName"))
                    .getAttribute("value"), "typed values stay");
            assertEquals(accounts, count("select count(*) from account"));

            browser.type(By.id("registration:email"), email);
            browser.type(By.id("registration:password"), "kort");
            browser.click(By.id("registration:register"));
            assertNoError(browser, "registration:email");
            assertErrorBeside(browser, "registration:displayName", "Gebruik gewone tekst");
            assertEquals(accounts, count("select count(*) from account"));

            browser.type(By.id("registration:displayName"), "Sanne de Vries");
            browser.type(By.id("registration:password"), "fietsen langs de amstel");
            browser.click(By.id("registration:register"));
            assertTrue(browser.pageText().contains("Kijk in uw mailbox"), browser.pageText());
            assertEquals(accounts + 1, count("select count(*) from account"));

            browser.open(Mailbox.awaitMessage(email, 1).link());
            browser.click(By.id("verification:confirm"));
            assertTrue(browser.pageText().contains("Uw e-mailadres is bevestigd"), browser.pageText());
            browser.type(By.id("login:email"), email);
            browser.type(By.id("login:password"), "fietsen langs de amstel");
            browser.click(By.id("login:signIn"));
            assertTrue(browser.driver().findElements(By.id("unverified")).isEmpty(), "verified: no reminder");
            browser.open("account/plans");
            assertFalse(browser.pageText().contains(ERROR_PAGE));
        }
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLink() {
        String email = "vergeten@example.nl";
        nl.wijkfonds.testing.Residents.registered(base, email, "Vergeetachtig", "mijn oude wachtwoord");
        try (Browser browser = new Browser(base)) {
            browser.open("login");
            browser.click(By.id("forgot"));
            browser.type(By.id("forgot:email"), "geen adres");
            browser.click(By.id("forgot:send"));
            assertErrorBeside(browser, "forgot:email", "Vul een geldig e-mailadres in");
            assertEquals("geen adres", browser.driver().findElement(By.id("forgot:email")).getAttribute("value"));
            browser.type(By.id("forgot:email"), email);
            browser.click(By.id("forgot:send"));
            assertTrue(browser.pageText().contains("Als er een account bij dit e-mailadres hoort"), browser.pageText());

            String hash = single("select password_hash from account where email = ?", email);
            browser.open(Mailbox.awaitMessage(email, 2).link());
            browser.type(By.id("choose:password"), "wachtwoord");
            browser.click(By.id("choose:save"));
            assertErrorBeside(browser, "choose:password", "Gebruik minstens 12 tekens");
            browser.type(By.id("choose:password"), "password1234");
            browser.click(By.id("choose:save"));
            assertErrorBeside(browser, "choose:password", "vaak gelekt");
            assertEquals(hash, single("select password_hash from account where email = ?", email));
            browser.type(By.id("choose:password"), "mijn nieuwe wachtwoord");
            browser.click(By.id("choose:save"));
            assertTrue(browser.pageText().contains("Uw wachtwoord is veranderd"), browser.pageText());
            browser.type(By.id("login:email"), email);
            browser.type(By.id("login:password"), "mijn nieuwe wachtwoord");
            browser.click(By.id("login:signIn"));
            browser.open("account/security");
            assertTrue(browser.pageText().contains("Dit apparaat"), browser.pageText());
        }
    }

    @Test
    void aSignedInPersonChangesTheirPassword() {
        String email = "wijziger@example.nl";
        nl.wijkfonds.testing.Residents.registered(base, email, "Wijziger", "het eerste wachtwoord");
        String hash = single("select password_hash from account where email = ?", email);
        try (Browser browser = new Browser(base)) {
            browser.signIn(email, "het eerste wachtwoord", "nl");
            browser.open("account/security");
            browser.type(By.id("password:currentPassword"), "fout wachtwoord");
            browser.type(By.id("password:newPassword"), "aaaaaaaaaaaa");
            browser.click(By.id("password:change"));
            assertErrorBeside(browser, "password:currentPassword", "Dit is niet uw huidige wachtwoord.");
            browser.type(By.id("password:currentPassword"), "het eerste wachtwoord");
            browser.type(By.id("password:newPassword"), "aaaaaaaaaaaa");
            browser.click(By.id("password:change"));
            assertNoError(browser, "password:currentPassword");
            assertErrorBeside(browser, "password:newPassword", "te weinig verschillende tekens");
            assertEquals(hash, single("select password_hash from account where email = ?", email));
            browser.type(By.id("password:currentPassword"), "het eerste wachtwoord");
            browser.type(By.id("password:newPassword"), "het tweede wachtwoord");
            browser.click(By.id("password:change"));
            assertTrue(browser.pageText().contains("Uw wachtwoord is veranderd"), browser.pageText());
            assertFalse(hash.equals(single("select password_hash from account where email = ?", email)));
        }
    }

    @Test
    void administratorInvitesAnAuditorWhoEnrolsAnAuthenticatorAppAndSignsIn() {
        String email = "controle@west.amsterdam.nl";
        try (Browser admin = new Browser(base)) {
            admin.signIn(ADMIN, PASSWORD, "nl");
            admin.open("admin/accounts");
            long accounts = count("select count(*) from account");
            admin.type(By.id("staff:email"), "");
            admin.type(By.id("staff:displayName"), "<script>x</script>");
            admin.click(By.id("staff:invite"));
            assertErrorBeside(admin, "staff:email", "Vul dit veld in.");
            assertErrorBeside(admin, "staff:displayName", "Gebruik gewone tekst");
            admin.type(By.id("staff:email"), email);
            admin.click(By.id("staff:invite"));
            assertNoError(admin, "staff:email");
            assertErrorBeside(admin, "staff:displayName", "Gebruik gewone tekst");
            assertEquals(email, admin.driver().findElement(By.id("staff:email")).getAttribute("value"));
            assertEquals(accounts, count("select count(*) from account"));
            admin.type(By.id("staff:displayName"), "Carla Controle");
            new Select(admin.driver().findElement(By.id("staff:role"))).selectByVisibleText("Auditor");
            admin.click(By.id("staff:invite"));
            assertTrue(admin.pageText().contains(email + " heeft een uitnodiging gekregen"), admin.pageText());

            admin.open("admin/security");
            new Select(admin.driver().findElement(By.id("filter:kind"))).selectByVisibleText("STAFF_INVITED");
            admin.click(By.id("filter:apply"));
            assertTrue(admin.text(By.id("events")).contains("STAFF_INVITED"));
            assertFalse(admin.text(By.id("events")).contains("SIGN_IN_FAILED"), "filtered by kind");
        }
        try (Browser auditor = new Browser(base)) {
            auditor.open(Mailbox.awaitMessage(email, 1).link());
            auditor.type(By.id("choose:password"), "123456789012");
            auditor.click(By.id("choose:save"));
            assertErrorBeside(auditor, "choose:password", "vaak gelekt");
            assertNull(single("select password_hash from account where email = ?", email));
            auditor.type(By.id("choose:password"), "controle is mijn vak");
            auditor.click(By.id("choose:save"));

            auditor.type(By.id("login:email"), email);
            auditor.type(By.id("login:password"), "controle is mijn vak");
            auditor.click(By.id("login:signIn"));
            assertFalse(auditor.driver().findElements(By.cssSelector(".qr svg")).isEmpty(), "a QR code to scan");
            String secret = auditor.text(By.id("totpSecret")).replace(" ", "");
            auditor.type(By.id("login:enrolCode"), "000000");
            auditor.click(By.id("login:enrol"));
            assertErrorBeside(auditor, "login:enrolCode", "Deze code klopt niet");
            assertNull(single("select totp_enabled_at from account where email = ?", email));
            auditor.type(By.id("login:enrolCode"), Totp.code(secret, Totp.step(Instant.now())));
            auditor.click(By.id("login:enrol"));
            assertEquals(10, auditor.driver().findElements(By.cssSelector("#recoveryCodes li")).size());
            auditor.click(By.id("login:proceed"));
            auditor.open("audit/events");
            assertTrue(auditor.pageText().contains("Medewerker uitgenodigd"), auditor.pageText());
        }
    }

    /** The error shows beside its field, once on the page. */
    private static void assertErrorBeside(Browser browser, String fieldId, String text) {
        assertFalse(browser.pageText().contains(ERROR_PAGE), browser.pageText());
        String beside = browser.text(By.id(fieldId + "Error"));
        assertTrue(beside.contains(text), "«" + text + "» beside " + fieldId + ", found «" + beside + "»");
        assertEquals(1, browser.driver().findElements(By.cssSelector(".field-error")).stream()
                .filter(error -> error.getText().contains(text)).count(), "shown beside one field only: " + text);
    }

    private static void assertNoError(Browser browser, String fieldId) {
        assertTrue(browser.driver().findElements(By.id(fieldId + "Error")).stream()
                .allMatch(message -> message.getText().isEmpty()), "no error beside " + fieldId);
    }
}
