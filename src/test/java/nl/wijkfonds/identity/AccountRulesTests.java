package nl.wijkfonds.identity;

import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import nl.wijkfonds.testing.Mailbox;
import nl.wijkfonds.testing.Mailbox.Mail;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registration with a verified address, staff invitations with two-factor enrolment, and the administrator's
 * account changes, over HTTP: each read back from the real SMTP server and the database.
 */
interface AccountRulesTests extends Deployed {

    String SENT = "Kijk in uw mailbox";

    @Test
    default void residentTakesPartOnlyAfterFollowingTheLinkFromTheEmail() {
        Page done = register(new FacesClient(base()), account("Fatima@Example.nl", "Fatima el Amrani",
                "drie losse woorden"));
        assertEquals(302, done.status(), done.body());
        String hash = single("select password_hash from account where email = 'fatima@example.nl'");
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), "stored as a PBKDF2 hash: " + hash);
        String publicId = single("select public_id from account where email = 'fatima@example.nl'");
        assertTrue(publicId.matches("[0-9a-f]{32}"), publicId);
        assertNull(single("select email_verified_at from account where public_id = ?", publicId));
        String audit = single("select after_state from audit_event where action = 'account.registered'");
        assertFalse(audit.contains("fatima") || audit.contains(hash), "no e-mail or hash in the audit trail: " + audit);

        FacesClient fatima = new FacesClient(base());
        fatima.signIn("fatima@example.nl", "drie losse woorden");
        assertTrue(fatima.get("").contains("Bevestig eerst uw e-mailadres"), "told to verify first");
        assertEquals(403, fatima.get("account/plans").status(), "no taking part before verifying");

        Mail mail = Mailbox.awaitMessage("fatima@example.nl", 1);
        assertEquals("Bevestig uw e-mailadres voor Wijkfonds", mail.subject());
        assertEquals("SENT", single("select status from mail_message where recipient = 'fatima@example.nl'"));
        assertNull(single("select text_body from mail_message where recipient = 'fatima@example.nl'"),
                "the one-time link is gone from the outbox once sent");
        assertEquals(1, Mailbox.messages("fatima@example.nl").size(), "sent once");
        assertTrue(mail.html().contains("href=\"http"), "an HTML part with the link as well");
        String link = mail.link();
        assertTrue(link.startsWith("verify?token="), link);
        assertFalse(single("select token_hash from account_token where purpose = 'VERIFY_EMAIL'")
                .contains(link.substring(link.indexOf('=') + 1)), "only the token's hash is stored");

        Page confirmed = confirm(fatima, link);
        assertEquals(302, confirmed.status(), confirmed.body());
        assertTrue(fatima.open(confirmed.location()).contains("Log in om mee te doen"));
        fatima.signIn("fatima@example.nl", "drie losse woorden");
        assertEquals(200, fatima.get("account/plans").status(), "the resident role counts after verifying");
        assertTrue(count("select count(*) from security_event where kind = 'EMAIL_VERIFIED' "
                + "and account_public_id = ?", publicId) == 1);

        Page again = confirm(new FacesClient(base()), link);
        assertTrue(again.contains("Deze link werkt niet meer"), "a link works once:\n" + again.body());
    }

    @Test
    default void registeringAKnownAddressAnswersTheSameAndMailsTheOwner() {
        // The test SMTP server serves every test class of the run: count what the demo resident has already.
        int earlier = Mailbox.messages(RESIDENT).size();
        Page answer = register(new FacesClient(base()), account("bewoner2@example.nl", "Tweede Poging",
                "drie losse woorden"));
        assertEquals(302, answer.status());
        Page known = register(new FacesClient(base()), account(RESIDENT, "Iemand Anders", "drie losse woorden"));
        assertEquals(302, known.status(), "the same answer for a known address:\n" + known.body());
        assertEquals(new FacesClient(base()).open(answer.location()).contains(SENT),
                new FacesClient(base()).open(known.location()).contains(SENT));

        Mail mail = Mailbox.awaitMessage(RESIDENT, earlier + 1);
        assertEquals("U hebt al een account bij Wijkfonds", mail.subject());
        assertTrue(mail.link().startsWith("forgot-password"), mail.link());
        assertEquals(1, count("select count(*) from account where email = ?", RESIDENT));
        assertEquals("Demo Bewoner", single("select display_name from account where email = ?", RESIDENT));
    }

    @Test
    default void registrationWithBadInputShowsTheReasonAndStoresNothing() {
        assertRegistrationRefused(account("geen-adres", "Piet", "drie losse woorden"), "Vul een geldig e-mailadres in");
        assertRegistrationRefused(account("piet@example.nl", "Piet", "kort"), "Gebruik minstens 12");
        assertRegistrationRefused(account("piet@example.nl", "Piet", "x".repeat(10_000)), "hoogstens 128");
        assertRegistrationRefused(account("piet@example.nl", "Piet", "qwertyuiop123"), "vaak gelekt");
        assertRegistrationRefused(account("piet@example.nl", "Piet", "aaaaaaaaaaaa"), "te weinig verschillende");
        assertRegistrationRefused(account("piet@example.nl", "<b>Piet</b>", "drie losse woorden"),
                "Gebruik gewone tekst");
        assertRegistrationRefused(account("piet@example.nl", "x".repeat(10_000), "drie losse woorden"),
                "Gebruik hoogstens 100 tekens.");
        assertTrue(Mailbox.messages("piet@example.nl").isEmpty());
    }

    @Test
    default void anAlteredTokenChangesNothing() {
        register(new FacesClient(base()), account("jan@example.nl", "Jan", "drie losse woorden"));
        String link = Mailbox.awaitMessage("jan@example.nl", 1).link();
        String altered = link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA");
        Page refused = confirm(new FacesClient(base()), altered);
        assertTrue(refused.contains("Deze link werkt niet meer"), refused.body());
        assertNull(single("select email_verified_at from account where email = 'jan@example.nl'"));
    }

    @Test
    default void administratorInvitesAnOfficialWhoChoosesAPasswordAndEnrolsAnAuthenticator() {
        FacesClient admin = signedIn(ADMIN);
        Page form = admin.get("admin/accounts");
        Page invited = admin.submit(form, "staff", "invite",
                Map.of("email", "nieuw@west.amsterdam.nl", "displayName", "Nieuwe Ambtenaar", "role", "OFFICIAL"));
        assertEquals(302, invited.status(), invited.body());
        assertNull(single("select password_hash from account where email = 'nieuw@west.amsterdam.nl'"),
                "the administrator never chooses a staff password");
        String adminId = single("select public_id from account where email = ?", ADMIN);
        assertEquals(adminId, single("select actor from audit_event where action = 'account.staff-invited'"),
                "the audit trail names the administrator by public id");

        Mail invitation = Mailbox.awaitMessage("nieuw@west.amsterdam.nl", 1);
        assertTrue(invitation.text().contains("Ambtenaar"), invitation.text());
        FacesClient official = new FacesClient(base());
        Page choose = official.get(invitation.link());
        Page chosen = official.submit(choose, "choose", "save",
                Map.of("password", "welkom bij west 2027"));
        assertEquals(302, chosen.status(), chosen.body());

        Page enrolment = official.passwordStep("nieuw@west.amsterdam.nl", "welkom bij west 2027");
        assertTrue(enrolment.contains("<svg"), "a QR code to scan:\n" + enrolment.body());
        assertEquals(302, official.get("official/rounds").status(), "not signed in before enrolling");
        String secret = FacesClient.enrolmentSecret(enrolment);
        Page wrong = official.submit(enrolment, "login", "enrol", Map.of("enrolCode", "000000"));
        assertTrue(wrong.contains("Deze code klopt niet"), wrong.body());
        Page codes = official.submit(wrong, "login", "enrol",
                Map.of("enrolCode", Totp.code(secret, Totp.step(java.time.Instant.now()))));
        assertEquals(10, codes.body().split("<li><code>").length - 1, "ten recovery codes:\n" + codes.body());
        Page onward = official.submit(codes, "login", "proceed", Map.of());
        assertEquals(302, onward.status(), onward.body());
        assertEquals(200, official.open(onward.location()).status());
        assertEquals(200, official.get("official/rounds").status());
        assertEquals(10, count("select count(*) from recovery_code r join account a on a.id = r.account_id "
                + "where a.email = 'nieuw@west.amsterdam.nl' and r.used_at is null"));

        FacesClient later = new FacesClient(base());
        later.signIn("nieuw@west.amsterdam.nl", "welkom bij west 2027", secret);
        assertEquals(200, later.get("official/rounds").status());
    }

    @Test
    default void staffCannotSignInWithAWrongOrReplayedCodeButWithARecoveryCode() {
        FacesClient official = new FacesClient(base());
        Page codeStep = official.passwordStep(OFFICIAL, PASSWORD);
        assertTrue(codeStep.contains("login:code"), codeStep.body());
        assertEquals(302, official.get("official/rounds").status(), "a password alone signs no staff in");

        Page wrong = official.submit(codeStep, "login", "verifyCode", Map.of("code", "123456"));
        assertTrue(wrong.contains("Deze code klopt niet"), wrong.body());
        String code = nl.wijkfonds.testing.DemoAccounts.currentCode(OFFICIAL,
                nl.wijkfonds.testing.DemoAccounts.STAFF_TOTP_SECRET);
        Page signedIn = official.submit(wrong, "login", "verifyCode", Map.of("code", code));
        assertEquals(302, signedIn.status());
        official.open(signedIn.location());

        FacesClient replay = new FacesClient(base());
        Page replayStep = replay.passwordStep(OFFICIAL, PASSWORD);
        Page replayed = replay.submit(replayStep, "login", "verifyCode", Map.of("code", code));
        assertTrue(replayed.contains("Deze code klopt niet"), "a used code works no more:\n" + replayed.body());

        assertTrue(count("select count(*) from security_event where kind = 'SECOND_FACTOR_FAILED'") >= 2);

        Page security = official.get("account/security");
        Page renewed = official.submit(security, "recovery", "renew", Map.of());
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("<li><code>([a-z2-9-]+)</code>")
                .matcher(renewed.body());
        assertTrue(first.find(), renewed.body());
        String recovery = first.group(1);
        FacesClient lostPhone = new FacesClient(base());
        Page step = lostPhone.passwordStep(OFFICIAL, PASSWORD);
        assertEquals(302, lostPhone.submit(step, "login", "verifyCode",
                Map.of("code", recovery.toUpperCase())).status(), "a recovery code signs in once");
        FacesClient again = new FacesClient(base());
        Page reused = again.submit(again.passwordStep(OFFICIAL, PASSWORD), "login", "verifyCode",
                Map.of("code", recovery));
        assertTrue(reused.contains("Deze code klopt niet"), "a used recovery code works no more");
    }

    @Test
    default void administratorDisablesAnAccountWhichThenCannotSignInAndIsSignedOut() {
        FacesClient resident = signedIn(RESIDENT);
        assertEquals(200, resident.get("account/plans").status());
        String residentId = single("select public_id from account where email = ?", RESIDENT);

        FacesClient admin = signedIn(ADMIN);
        Page list = admin.get("admin/accounts?q=bewoner");
        assertTrue(list.contains(residentId), list.body());
        Page disabled = admin.submit(list, "accounts", "rows:0:disable", Map.of());
        assertEquals(302, disabled.status(), disabled.body());
        assertEquals("0", single("select enabled from account where public_id = ?", residentId));

        Page after = resident.get("account/plans");
        assertEquals(302, after.status(), "the open session ended");
        Page refused = new FacesClient(base()).passwordStep(RESIDENT, PASSWORD);
        assertTrue(refused.contains("Dit account is uitgezet"), refused.body());
        assertEquals(1, count("select count(*) from security_event where kind = 'ACCOUNT_DISABLED' "
                + "and account_public_id = ?", residentId));

        Page enabled = admin.submit(admin.get("admin/accounts?q=bewoner"), "accounts", "rows:0:enable",
                Map.of());
        assertEquals(302, enabled.status(), enabled.body());
        signedIn(RESIDENT);
    }

    @Test
    default void administratorChangesARoleButNotTheirOwn() {
        register(new FacesClient(base()), account("rol@example.nl", "Rol Wissel", "drie losse woorden"));
        String id = single("select public_id from account where email = 'rol@example.nl'");
        FacesClient admin = signedIn(ADMIN);
        Page list = admin.get("admin/accounts?q=rol@example");
        Map<String, String> fields = new HashMap<>();
        fields.put("rows:0:role", "AUDITOR");
        Page changed = admin.submit(list, "accounts", "rows:0:changeRole", fields);
        assertEquals(302, changed.status(), changed.body());
        assertEquals("AUDITOR", single("select r.role from account_role r join account a on a.id = r.account_id "
                + "where a.public_id = ?", id));
        assertTrue(single("select detail from security_event where kind = 'ROLE_CHANGED'").contains("AUDITOR"));

        Page own = admin.get("admin/accounts?q=beheer@demo");
        Page refused = admin.submit(own, "accounts", "rows:0:disable", Map.of());
        assertTrue(refused.contains("uw eigen account"), refused.body());
        assertEquals("1", single("select enabled from account where email = ?", ADMIN));
    }

    @Test
    default void noOneButAnAdministratorReachesTheAccountsOrTheSecurityLog() {
        assertEquals(403, signedIn(OFFICIAL).get("admin/security").status());
        Page log = signedIn(ADMIN).get("admin/security");
        assertEquals(200, log.status());
        assertTrue(log.contains("SIGN_IN"), log.body());
        assertFalse(log.contains("@demo.wijkfonds.nl</td>"), "the log shows no e-mail addresses");
        assertNotEquals(0, count("select count(*) from security_event where kind = 'SIGN_IN'"));
    }

    private Page register(FacesClient visitor, Map<String, String> fields) {
        Page form = visitor.get("register");
        return visitor.submit(form, "registration", "register", fields);
    }

    private static Page confirm(FacesClient client, String link) {
        Page page = client.get(link);
        return client.submit(page, "verification", "confirm", Map.of());
    }

    private void assertRegistrationRefused(Map<String, String> fields, String message) {
        long accounts = count("select count(*) from account");
        long events = count("select count(*) from audit_event");
        Page refused = register(new FacesClient(base()), fields);
        assertEquals(200, refused.status());
        assertTrue(refused.contains(message), "expected «" + message + "» in:\n" + refused.body());
        assertEquals(accounts, count("select count(*) from account"));
        assertEquals(events, count("select count(*) from audit_event"));
    }

    private static Map<String, String> account(String email, String name, String password) {
        Map<String, String> fields = new HashMap<>();
        fields.put("email", email);
        fields.put("displayName", name);
        fields.put("password", password);
        return fields;
    }
}
