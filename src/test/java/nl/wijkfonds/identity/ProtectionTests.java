package nl.wijkfonds.identity;

import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import nl.wijkfonds.testing.Mailbox;
import nl.wijkfonds.testing.Residents;
import nl.wijkfonds.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.wijkfonds.testing.DemoAccounts.AUDITOR;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Throttling, password reset and change, and the session, over HTTP: each tried as an attacker would. */
interface ProtectionTests extends Deployed {

    Pattern WAIT = Pattern.compile("Probeer het over (\\d+) seconden opnieuw");

    @Test
    default void repeatedWrongPasswordsMakeEveryoneWaitThenTheRealPersonGetsIn() {
        String target = "auditor@demo.wijkfonds.nl";
        for (int i = 0; i < 5; i++) {
            Page wrong = new FacesClient(base()).passwordStep(target, "geraden wachtwoord " + i);
            assertTrue(wrong.contains("Het e-mailadres of wachtwoord klopt niet."), wrong.body());
        }
        Page refused = new FacesClient(base()).passwordStep(target, PASSWORD);
        Matcher wait = WAIT.matcher(refused.body());
        assertTrue(wait.find(), "the right password waits too while throttled:\n" + refused.body());
        assertEquals("30", wait.group(1));
        assertTrue(count("select count(*) from security_event where kind = 'THROTTLED'") >= 1);

        // The wait passes: the test moves the stored counter's time instead of sleeping.
        TestDatabase.execute("update throttle set blocked_until = now(3) - interval 1 second");
        new FacesClient(base()).signIn(AUDITOR, PASSWORD);
        assertEquals(0, count("select count(*) from throttle where blocked_until > now(3)"));
    }

    @Test
    default void unknownAddressesAreThrottledAlikeSoTheAnswerTellsNothing() {
        for (int i = 0; i < 5; i++) {
            new FacesClient(base()).passwordStep("niemand@example.nl", "geraden wachtwoord " + i);
        }
        Page refused = new FacesClient(base()).passwordStep("niemand@example.nl", "nog een gok");
        assertTrue(WAIT.matcher(refused.body()).find(), refused.body());
        assertEquals(5, count("select count(*) from security_event where kind = 'SIGN_IN_FAILED' "
                + "and detail = 'unknown address'"));
        assertFalse(single("select group_concat(throttle_key) from throttle").contains("niemand"),
                "the throttle table holds no addresses");
        TestDatabase.execute("delete from throttle");
    }

    @Test
    default void passwordResetWorksOnceEndsEverySessionAndAnswersTheSameForUnknownAddresses() {
        String email = "herstel@example.nl";
        FacesClient before = Residents.registered(base(), email, "Herstel", "het oude wachtwoord");
        assertEquals(200, before.get("account/security").status());

        int earlier = Mailbox.messages(email).size();
        Page unknown = requestReset("onbekend@example.nl");
        Page known = requestReset(email);
        assertEquals(302, unknown.status());
        assertEquals(unknown.location(), known.location(), "the same answer");
        assertTrue(Mailbox.messages("onbekend@example.nl").isEmpty());
        Mailbox.Mail mail = Mailbox.awaitMessage(email, earlier + 1);
        assertEquals("Kies een nieuw wachtwoord voor Wijkfonds", mail.subject());

        FacesClient person = new FacesClient(base());
        Page choose = person.get(mail.link());
        Page weak = person.submit(choose, "choose", "save", Map.of("password", "password1234"));
        assertTrue(weak.contains("vaak gelekt"), weak.body());
        Page reset = person.submit(weak, "choose", "save", Map.of("password", "een nieuw wachtwoord"));
        assertEquals(302, reset.status(), reset.body());

        assertEquals(302, before.get("account/security").status(), "the old session ended");
        assertTrue(new FacesClient(base()).get(mail.link()).contains("Deze link werkt niet meer"), "used once");
        new FacesClient(base()).signIn(email, "een nieuw wachtwoord");
        assertEquals(1, count("select count(*) from security_event e join account a on a.public_id = "
                + "e.account_public_id where e.kind = 'PASSWORD_RESET' and a.email = ?", email));
    }

    @Test
    default void changingThePasswordAsksForTheCurrentOneAndEndsOtherSessions() {
        String email = "wissel@example.nl";
        FacesClient other = Residents.registered(base(), email, "Wissel", "drie losse woorden");
        FacesClient here = new FacesClient(base());
        here.signIn(email, "drie losse woorden");

        Page form = here.get("account/security");
        Page wrong = here.submit(form, "password", "change",
                Map.of("currentPassword", "niet mijn wachtwoord", "newPassword", "vier losse woorden nu"));
        assertTrue(wrong.contains("Dit is niet uw huidige wachtwoord."), wrong.body());
        Page changed = here.submit(wrong, "password", "change",
                Map.of("currentPassword", "drie losse woorden", "newPassword", "vier losse woorden nu"));
        assertEquals(302, changed.status(), changed.body());
        assertEquals(200, here.get("account/security").status(), "this session stays");
        assertEquals(302, other.get("account/security").status(), "the other session ended");
        assertEquals("Uw wachtwoord voor Wijkfonds is veranderd", Mailbox.awaitMessage(email, 2).subject(),
                "the owner hears of the change");
    }

    @Test
    default void theSessionCookieIsHttpOnlyAndSameSiteAndASessionEndsAtItsAbsoluteLifetime() {
        Page login = new FacesClient(base()).get("login");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
        assertNotNull(cookie, login.headers().map().toString());
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);

        FacesClient resident = signedIn(RESIDENT);
        assertEquals(200, resident.get("account/security").status());
        TestDatabase.execute("update account_session set started_at = now(3) - interval 13 hour "
                + "where ended_at is null");
        Page ended = resident.get("account/security");
        assertEquals(302, ended.status());
        assertTrue(ended.location().contains("login?ended=true"), ended.location());
    }

    private Page requestReset(String email) {
        FacesClient visitor = new FacesClient(base());
        Page form = visitor.get("forgot-password");
        return visitor.submit(form, "forgot", "send", Map.of("email", email));
    }
}
