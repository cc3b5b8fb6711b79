package nl.wijkfonds.identity;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.Mailbox;
import nl.wijkfonds.testing.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Instant;

import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.FormProblems.none;
import static nl.wijkfonds.testing.Messages.EMAIL_INVALID;
import static nl.wijkfonds.testing.Messages.PLAIN_TEXT;
import static nl.wijkfonds.testing.Messages.REQUIRED;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The account pages in Chromium, as a person uses them: every form is sent wrong, then with one field fixed, then
 * right; each problem shows beside its field, typed values stay, nothing is stored from the wrong tries. Links come
 * from the real e-mails.
 */
interface AccountFormTests extends Deployed {

    String PASSWORD_LENGTH = "Gebruik minstens 12 en hoogstens 128 tekens.";
    String TOO_SHORT = "Gebruik minstens 12 tekens.";
    String COMMON = "Dit wachtwoord staat in een lijst van wachtwoorden die vaak gelekt zijn. Criminelen proberen die"
            + " als eerste. Kies een ander wachtwoord.";
    String REPETITIVE = "Dit wachtwoord heeft te weinig verschillende tekens. Kies bijvoorbeeld een paar losse woorden.";
    String NOT_CURRENT = "Dit is niet uw huidige wachtwoord.";
    String ENROL_CODE_WRONG = "Deze code klopt niet. Kijk of de tijd op uw telefoon goed staat en probeer de nieuwste"
            + " code.";

    @Test
    @CoversForm(page = "register.xhtml", form = "registration")
    @CoversForm(page = "account/security.xhtml", form = "resend")
    @CoversForm(page = "verify.xhtml", form = "verification")
    default void residentRegistersAfterMistakesAsksForTheMailAgainAndFollowsTheLink() {
        String email = "sanne@example.nl";
        long accounts = count("select count(*) from account");
        try (Browser browser = browser()) {
            browser.open("register");
            browser.type(By.id("registration:email"), "sanne-at-example.nl");
            browser.type(By.id("registration:displayName"), "<i>Sanne</i>");
            browser.type(By.id("registration:password"), "kort");
            browser.click(By.id("registration:register"));
            field("registration:email", EMAIL_INVALID).and("registration:displayName", PLAIN_TEXT)
                    .and("registration:password", PASSWORD_LENGTH).assertShownIn(browser);
            assertEquals("<i>Sanne</i>", browser.value("registration:displayName"), "typed values stay");
            assertEquals(accounts, count("select count(*) from account"));

            browser.type(By.id("registration:email"), email);
            browser.type(By.id("registration:password"), "qwertyuiop123");
            browser.click(By.id("registration:register"));
            field("registration:displayName", PLAIN_TEXT).and("registration:password", COMMON)
                    .assertShownIn(browser);
            assertEquals(email, browser.value("registration:email"));
            assertEquals(accounts, count("select count(*) from account"), "nothing stored from the wrong tries");

            browser.type(By.id("registration:displayName"), "Sanne de Vries");
            browser.type(By.id("registration:password"), "fietsen langs de amstel");
            browser.click(By.id("registration:register"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("Kijk in uw mailbox"), browser.pageText());
            assertEquals(accounts + 1, count("select count(*) from account"));
            Mailbox.awaitMessage(email, 1);

            browser.signIn(email, "fietsen langs de amstel", "nl");
            assertTrue(browser.isPresent(By.id("unverified")), "reminded to verify: " + browser.pageText());
            browser.open("account/security");
            browser.click(By.id("resend:resend"));
            assertTrue(browser.pageText().contains("We hebben de e-mail opnieuw gestuurd."), browser.pageText());

            browser.open(Mailbox.awaitMessage(email, 2).link());
            browser.click(By.id("verification:confirm"));
            assertTrue(browser.pageText().contains("Uw e-mailadres is bevestigd"), browser.pageText());
            browser.signIn(email, "fietsen langs de amstel", "nl");
            assertFalse(browser.isPresent(By.id("unverified")), "verified: no reminder");
            browser.open("account/plans");
            assertEquals(200, browser.status());
        }
    }

    @Test
    @CoversForm(page = "forgot-password.xhtml", form = "forgot")
    @CoversForm(page = "reset-password.xhtml", form = "choose")
    default void aForgottenPasswordIsResetThroughTheMailedLinkAfterMistakes() {
        String email = "vergeten@example.nl";
        Residents.registered(base(), email, "Vergeetachtig", "mijn oude wachtwoord");
        try (Browser browser = browser()) {
            browser.open("login");
            browser.click(By.id("forgot"));
            browser.type(By.id("forgot:email"), "geen adres");
            browser.click(By.id("forgot:send"));
            field("forgot:email", EMAIL_INVALID).assertShownIn(browser);
            assertEquals("geen adres", browser.value("forgot:email"));
            browser.type(By.id("forgot:email"), email);
            browser.click(By.id("forgot:send"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("Als er een account bij dit e-mailadres hoort"), browser.pageText());

            String hash = single("select password_hash from account where email = ?", email);
            browser.open(Mailbox.awaitMessage(email, 2).link());
            browser.type(By.id("choose:password"), "wachtwoord");
            browser.click(By.id("choose:save"));
            field("choose:password", TOO_SHORT).assertShownIn(browser);
            browser.type(By.id("choose:password"), "password1234");
            browser.click(By.id("choose:save"));
            field("choose:password", COMMON).assertShownIn(browser);
            assertEquals(hash, single("select password_hash from account where email = ?", email));
            browser.type(By.id("choose:password"), "mijn nieuwe wachtwoord");
            browser.click(By.id("choose:save"));
            assertTrue(browser.pageText().contains("Uw wachtwoord is veranderd"), browser.pageText());
            browser.signIn(email, "mijn nieuwe wachtwoord", "nl");
        }
    }

    @Test
    @CoversForm(page = "account/security.xhtml", form = "password")
    @CoversForm(page = "account/security.xhtml", form = "sessions")
    default void aSignedInPersonChangesTheirPasswordAndSignsOutElsewhere() {
        String email = "wijziger@example.nl";
        FacesClient elsewhere = Residents.registered(base(), email, "Wijziger", "het eerste wachtwoord");
        String hash = single("select password_hash from account where email = ?", email);
        try (Browser browser = browser()) {
            browser.signIn(email, "het eerste wachtwoord", "nl");
            browser.open("account/security");
            browser.type(By.id("password:currentPassword"), "fout wachtwoord");
            browser.type(By.id("password:newPassword"), "aaaaaaaaaaaa");
            browser.click(By.id("password:change"));
            field("password:currentPassword", NOT_CURRENT).and("password:newPassword", REPETITIVE)
                    .assertShownIn(browser);
            browser.type(By.id("password:currentPassword"), "het eerste wachtwoord");
            browser.type(By.id("password:newPassword"), "aaaaaaaaaaaa");
            browser.click(By.id("password:change"));
            field("password:newPassword", REPETITIVE).assertShownIn(browser);
            assertEquals(hash, single("select password_hash from account where email = ?", email));

            browser.click(By.id("sessions:endOthers"));
            assertTrue(browser.pageText().contains("Uitgelogd op 1 andere plek(ken)."), browser.pageText());
            assertEquals(302, elsewhere.get("account/security").status(), "the other session ended");

            browser.type(By.id("password:currentPassword"), "het eerste wachtwoord");
            browser.type(By.id("password:newPassword"), "het tweede wachtwoord");
            browser.click(By.id("password:change"));
            none().assertShownIn(browser);
            assertTrue(browser.pageText().contains("Uw wachtwoord is veranderd"), browser.pageText());
            assertNotEquals(hash, single("select password_hash from account where email = ?", email));
        }
    }

    @Test
    @CoversForm(page = "admin/accounts.xhtml", form = "staff")
    @CoversForm(page = "admin/accounts.xhtml", form = "find")
    @CoversForm(page = "admin/accounts.xhtml", form = "accounts")
    @CoversForm(page = "admin/security.xhtml", form = "filter")
    @CoversForm(page = "invitation.xhtml", form = "choose")
    @CoversForm(page = "account/security.xhtml", form = "recovery")
    default void administratorInvitesAnAuditorWhoEnrolsAnAuthenticatorApp() {
        String email = "controle@west.amsterdam.nl";
        try (Browser admin = browser()) {
            admin.signIn(ADMIN, PASSWORD, "nl");
            admin.open("admin/accounts");
            long accounts = count("select count(*) from account");
            admin.type(By.id("staff:email"), OFFICIAL);
            admin.type(By.id("staff:displayName"), "<script>x</script>");
            admin.click(By.id("staff:invite"));
            field("staff:displayName", PLAIN_TEXT).assertShownIn(admin);
            admin.type(By.id("staff:email"), "");
            admin.click(By.id("staff:invite"));
            field("staff:email", REQUIRED).and("staff:displayName", PLAIN_TEXT).assertShownIn(admin);
            assertEquals("<script>x</script>", admin.value("staff:displayName"));
            admin.type(By.id("staff:email"), OFFICIAL);
            admin.type(By.id("staff:displayName"), "Carla Controle");
            admin.click(By.id("staff:invite"));
            field("staff:email", "Er is al een account met dit e-mailadres.").assertShownIn(admin);
            assertEquals(accounts, count("select count(*) from account"), "nothing stored from the wrong tries");
            admin.type(By.id("staff:email"), email);
            admin.choose(By.id("staff:role"), "Auditor");
            admin.click(By.id("staff:invite"));
            none().assertShownIn(admin);
            assertTrue(admin.pageText().contains(email + " heeft een uitnodiging gekregen"), admin.pageText());

            admin.type(By.id("find:q"), "controle@west");
            admin.click(By.id("find:search"));
            assertTrue(admin.pageText().contains("Nog niet bevestigd"), admin.pageText());

            admin.open("admin/security");
            admin.choose(By.id("filter:kind"), "STAFF_INVITED");
            admin.click(By.id("filter:apply"));
            assertTrue(admin.text(By.id("events")).contains("STAFF_INVITED"));
            assertFalse(admin.text(By.id("events")).contains("SIGN_IN_FAILED"), "filtered by kind");
        }
        try (Browser auditor = browser()) {
            auditor.open(Mailbox.awaitMessage(email, 1).link());
            auditor.type(By.id("choose:password"), "123456789012");
            auditor.click(By.id("choose:save"));
            field("choose:password", COMMON).assertShownIn(auditor);
            assertNull(single("select password_hash from account where email = ?", email));
            auditor.type(By.id("choose:password"), "controle is mijn vak");
            auditor.click(By.id("choose:save"));

            auditor.type(By.id("login:email"), email);
            auditor.type(By.id("login:password"), "controle is mijn vak");
            auditor.click(By.id("login:signIn"));
            assertTrue(auditor.isPresent(By.cssSelector(".qr svg")), "a QR code to scan");
            String secret = auditor.text(By.id("totpSecret")).replace(" ", "");
            auditor.type(By.id("login:enrolCode"), "000000");
            auditor.click(By.id("login:enrol"));
            field("login:enrolCode", ENROL_CODE_WRONG).assertShownIn(auditor);
            assertNull(single("select totp_enabled_at from account where email = ?", email));
            auditor.type(By.id("login:enrolCode"), Totp.code(secret, Totp.step(Instant.now())));
            auditor.click(By.id("login:enrol"));
            assertEquals(10, auditor.driver().findElements(By.cssSelector("#recoveryCodes li")).size());
            auditor.click(By.id("login:proceed"));
            auditor.open("audit/events");
            assertTrue(auditor.pageText().contains("Medewerker uitgenodigd"), auditor.pageText());

            auditor.open("account/security");
            auditor.click(By.id("recovery:renew"));
            assertEquals(10, auditor.driver().findElements(By.cssSelector("#recoveryCodes li")).size());
        }
        try (Browser admin = browser()) {
            admin.signIn(ADMIN, PASSWORD, "nl");
            admin.open("admin/accounts?q=controle@west");
            admin.click(By.id("accounts:rows:0:disable"));
            assertTrue(admin.pageText().contains("Het account is uitgezet."), admin.pageText());
            assertEquals("0", single("select enabled from account where email = ?", email));
        }
    }
}
