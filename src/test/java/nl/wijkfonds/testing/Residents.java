package nl.wijkfonds.testing;

import nl.wijkfonds.testing.FacesClient.Page;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.Map;

/**
 * New residents for tests: registered through the page, verified through the link in the real e-mail, signed in.
 * Use a fresh address per test (the test SMTP server serves the whole run).
 */
public final class Residents {

    private Residents() {
    }

    /** A signed-in client of a new, verified resident. */
    public static FacesClient registered(URL base, String email, String name, String password) {
        FacesClient client = new FacesClient(base);
        int earlier = Mailbox.messages(email).size();
        Page form = client.get("register");
        Page registered = client.submit(form, "registration", "register",
                Map.of("email", email, "displayName", name, "password", password));
        if (registered.status() != 302) {
            throw new AssertionError("registration of " + email + " failed:\n" + registered.body());
        }
        String link = Mailbox.awaitMessage(email, earlier + 1).link();
        Page confirm = client.get(link);
        client.submit(confirm, "verification", "confirm", Map.of());
        client.signIn(email, password);
        return client;
    }

    /** Registers in the browser, follows the link from the e-mail, confirms and signs in. */
    public static void registered(Browser browser, String email, String name, String password) {
        int earlier = Mailbox.messages(email).size();
        browser.open("register");
        browser.type(By.id("registration:email"), email);
        browser.type(By.id("registration:displayName"), name);
        browser.type(By.id("registration:password"), password);
        browser.click(By.id("registration:register"));
        browser.open(Mailbox.awaitMessage(email, earlier + 1).link());
        browser.click(By.id("verification:confirm"));
        browser.type(By.id("login:email"), email);
        browser.type(By.id("login:password"), password);
        browser.click(By.id("login:signIn"));
    }
}
