package nl.wijkfonds.identity;

import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Residents register themselves; only administrators create staff accounts. */
class AccountIT extends DeployedApplication {

    @Test
    void residentRegistersAndCanSignIn() {
        FacesClient visitor = new FacesClient(base);
        Page done = register(visitor, account("Fatima@Example.nl", "Fatima el Amrani", "een lang wachtwoord"));

        assertEquals(302, done.status(), done.body());
        assertEquals("RESIDENT", single("select r.role from account_role r join account a on a.id = r.account_id "
                + "where a.email = 'fatima@example.nl'"));
        String hash = single("select password_hash from account where email = 'fatima@example.nl'");
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), "stored as a PBKDF2 hash: " + hash);
        assertFalse(single("select after_state from audit_event where action = 'account.registered'")
                .contains(hash), "the audit log never holds the hash");

        FacesClient resident = new FacesClient(base);
        resident.signIn("fatima@example.nl", "een lang wachtwoord");
        assertEquals(403, resident.get("official/rounds.xhtml").status());
    }

    @Test
    void registrationWithBadInputShowsTheReasonAndStoresNothing() {
        assertRegistrationRefused(account("geen-adres", "Piet", "een lang wachtwoord"), "Vul een geldig e-mailadres in");
        assertRegistrationRefused(account("piet@example.nl", "Piet", "kort"), "Gebruik minstens 12");
        assertRegistrationRefused(account("piet@example.nl", "<b>Piet</b>", "een lang wachtwoord"),
                "Gebruik gewone tekst");
        assertRegistrationRefused(account("piet@example.nl", "x".repeat(10_000), "een lang wachtwoord"),
                "Gebruik hoogstens 100 tekens.");
        assertRegistrationRefused(account(OFFICIAL, "Piet", "een lang wachtwoord"),
                "Er is al een account met dit e-mailadres.");
    }

    @Test
    void administratorCreatesAnOfficial() {
        FacesClient admin = new FacesClient(base);
        admin.signIn(ADMIN, PASSWORD);
        Page form = admin.get("admin/accounts.xhtml");
        Map<String, String> fields = account("nieuw@west.amsterdam.nl", "Nieuwe Ambtenaar", "welkom bij west 2027");
        fields.put("role", "OFFICIAL");

        Page created = admin.submit(form, "admin/accounts.xhtml", "staff", "create", fields);

        assertEquals(302, created.status(), created.body());
        assertEquals("OFFICIAL", single("select r.role from account_role r join account a on a.id = r.account_id "
                + "where a.email = 'nieuw@west.amsterdam.nl'"));
        assertEquals(ADMIN, single("select actor from audit_event where action = 'account.staff-created'"));
        FacesClient official = new FacesClient(base);
        official.signIn("nieuw@west.amsterdam.nl", "welkom bij west 2027");
        assertEquals(200, official.get("official/rounds.xhtml").status());
    }

    @Test
    void administratorCannotHandOutTheResidentRoleOrAnInventedOne() {
        FacesClient admin = new FacesClient(base);
        admin.signIn(ADMIN, PASSWORD);
        long before = count("select count(*) from account");
        for (String role : new String[]{"RESIDENT", "SUPERUSER"}) {
            Page form = admin.get("admin/accounts.xhtml");
            Map<String, String> fields = account("rol@example.nl", "Rol", "een lang wachtwoord");
            fields.put("role", role);
            Page refused = admin.submit(form, "admin/accounts.xhtml", "staff", "create", fields);
            assertEquals(200, refused.status());
            assertTrue(refused.contains("Kies een"), refused.body());
        }
        assertEquals(before, count("select count(*) from account"));
    }

    private Page register(FacesClient visitor, Map<String, String> fields) {
        Page form = visitor.get("register.xhtml");
        return visitor.submit(form, "register.xhtml", "registration", "register", fields);
    }

    private void assertRegistrationRefused(Map<String, String> fields, String message) {
        long accounts = count("select count(*) from account");
        long events = count("select count(*) from audit_event");
        Page refused = register(new FacesClient(base), fields);
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
