package nl.wijkfonds.privacy;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.DemoAccounts;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import nl.wijkfonds.testing.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.Messages.PLAIN_TEXT;
import static nl.wijkfonds.testing.Messages.REQUIRED;
import static nl.wijkfonds.testing.TestDatabase.column;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident sees, downloads, corrects and erases their data (AVG articles 15-17) in Chromium, mistakes first;
 * afterwards no table holds their e-mail address and the audit trail still adds up.
 */
interface DataRightsTests extends Deployed {

    String WRONG_PASSWORD = "Dit is niet uw huidige wachtwoord.";

    @Test
    @CoversForm(page = "account/data.xhtml", form = "correct")
    @CoversForm(page = "account/data.xhtml", form = "erase")
    default void residentDownloadsCorrectsAndErasesTheirDataAndNoTableKeepsTheirAddress() {
        String email = "wis.mij@example.nl";
        String password = "mijn geheime zin om te wissen";
        FacesClient resident = Residents.registered(base(), email, "Wim Wissel", password);
        long published = submitPlan(resident, "Bankjes op het wisplein", "submit", email);
        long draft = submitPlan(resident, "Concept voor de wisstraat", "save", email);
        List<String> holding = columnsHolding(email);
        assertTrue(holding.contains("account.email") && holding.contains("plan.contact_email"), holding.toString());
        assertTrue(PersonalDataCatalogue.columns().containsAll(holding),
                "every column that holds the address is in the privacy statement: " + holding);

        try (Browser browser = browser()) {
            browser.signIn(email, password, "nl");
            browser.open("account/data");
            assertEquals(email, browser.text(By.id("email")));
            assertTrue(browser.text(By.id("plans")).contains("Bankjes op het wisplein"));
            String json = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[0];"
                    + "fetch('data.json').then(r => r.text()).then(done, e => done(String(e)));");
            assertTrue(json.contains("\"email\": \"" + email + "\""), json);
            assertTrue(json.contains("\"contactEmail\": \"" + email + "\""), json);
            assertTrue(json.contains("Concept voor de wisstraat"), json);

            browser.type(By.id("correct:displayName"), "<b>Wim</b>");
            browser.click(By.id("correct:save"));
            field("correct:displayName", PLAIN_TEXT).assertShownIn(browser);
            assertEquals("<b>Wim</b>", browser.value("correct:displayName"), "typed values stay");
            browser.type(By.id("correct:displayName"), "");
            browser.click(By.id("correct:save"));
            field("correct:displayName", REQUIRED).assertShownIn(browser);
            assertEquals("Wim Wissel", single("select display_name from account where email = ?", email),
                    "nothing stored from the wrong tries");
            browser.type(By.id("correct:displayName"), "Willem Wissel");
            browser.click(By.id("correct:save"));
            assertEquals("Willem Wissel", browser.text(By.id("name")));
            assertEquals("Willem Wissel", single("select display_name from account where email = ?", email));

            browser.type(By.id("erase:password"), "niet mijn wachtwoord");
            browser.clickAndReadQuestion(By.id("erase:erase"));
            browser.acceptQuestion();
            field("erase:password", WRONG_PASSWORD).assertShownIn(browser);
            assertEquals(1, count("select count(*) from account where email = ?", email), "still there");
            browser.type(By.id("erase:password"), password);
            String question = browser.clickAndReadQuestion(By.id("erase:erase"));
            assertTrue(question.contains("kan niet ongedaan worden gemaakt"), question);
            browser.acceptQuestion();
            assertTrue(browser.text(By.id("erased")).contains("Uw account is verwijderd"), browser.pageText());
        }

        assertEquals(List.of(), columnsHolding(email), "no table holds the address any more");
        assertEquals(0, count("select count(*) from plan where id = ?", draft), "the draft is gone");
        assertEquals("SUBMITTED", single("select status from plan where id = ?", published), "the plan stays");
        assertNull(single("select contact_name from plan where id = ?", published));
        assertEquals(0, count("select count(*) from account where display_name = 'Willem Wissel'"));
        assertEquals(200, new FacesClient(base()).passwordStep(email, password).status(),
                "the account can no longer sign in: the login page answers again");
        FacesClient auditor = signedIn(DemoAccounts.AUDITOR);
        assertTrue(auditor.get("audit/events").contains("De auditlog is heel"), "the trail still verifies");
        assertEquals(0, count("select count(*) from audit_event where locate(?, concat_ws(' ', actor, subject_id,"
                + " before_state, after_state)) > 0", "Wissel"), "no name in the trail");
    }

    @Test
    default void contactDetailsAreErasedWhenTheRoundsRetentionPeriodHasPassed() {
        FacesClient resident = signedIn(DemoAccounts.RESIDENT);
        long plan = submitPlan(resident, "Plan met een bewaartermijn", "submit", "bewaar@example.nl");
        String round = single("select round_id from plan where id = ?", plan);
        String closes = single("select starts_on from phase_start where round_id = ? and phase = 'CLOSED'", round);
        String months = single("select contact_retention_months from budget_round where id = ?", round);
        try {
            // Realisation ended yesterday, and this round keeps contact details for 0 months after it.
            execute("update budget_round set contact_retention_months = 0 where id = ?", round);
            execute("update phase_start set starts_on = current_date - interval 1 day "
                    + "where round_id = ? and phase = 'CLOSED'", round);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (single("select contact_email from plan where id = ?", plan) != null
                    && System.nanoTime() < deadline) {
                LockSupport.parkNanos(200_000_000L);
            }
        } finally {
            execute("update phase_start set starts_on = ? where round_id = ? and phase = 'CLOSED'", closes, round);
            execute("update budget_round set contact_retention_months = ? where id = ?", months, round);
        }
        assertNull(single("select contact_email from plan where id = ?", plan), "erased by the scheduled job");
        assertNull(single("select contact_name from plan where id = ?", plan));
        assertEquals("SUBMITTED", single("select status from plan where id = ?", plan), "the plan itself stays");
        assertTrue(count("select count(*) from audit_event where action = 'plan.contacts-retention-erased' "
                + "and subject_id = ?", round) > 0, "the job writes an audit event");
    }

    @Test
    default void privacyAndAccessibilityStatementsAreLinkedFromEveryPageInBothLanguages() {
        FacesClient visitor = new FacesClient(base());
        Page home = visitor.get("");
        assertTrue(home.contains("Privacyverklaring") && home.contains("Toegankelijkheid"));
        Page statement = visitor.get("privacy");
        assertEquals(200, statement.status());
        assertFalse(statement.contains("privacy.data."), "every text is translated");
        assertEquals(PersonalDataCatalogue.ENTRIES.size(), statement.body().split("<th scope=\"row\">").length - 1);
        assertTrue(statement.contains("Contactgegevens bij een plan"), statement.body());
        assertTrue(statement.contains("In Wijkfonds West 2027 wist het platform de contactgegevens bij de plannen 6"
                + " maanden nadat de uitvoering is afgelopen."), "the current round's own period");
        assertTrue(visitor.get("privacy?lang=en").contains("Contact details of a plan"));
        assertTrue(visitor.get("toegankelijkheid").contains("WCAG 2.1"));
        try (Browser browser = browser()) {
            browser.open("privacy");
            browser.open("toegankelijkheid?lang=en");
            assertTrue(browser.fitsWidth(360));
        }
    }

    /** "table.column" of every text or binary column in the schema that holds {@code text}. */
    private static List<String> columnsHolding(String text) {
        List<String> found = new ArrayList<>();
        for (String column : column("select concat(table_name, '.', column_name) from information_schema.columns "
                + "where table_schema = database() and data_type in ('char', 'varchar', 'tinytext', 'text', "
                + "'mediumtext', 'longtext', 'json', 'blob', 'mediumblob', 'longblob') order by 1")) {
            String[] parts = column.split("\\.");
            if (count("select count(*) from `" + parts[0] + "` where locate(?, `" + parts[1] + "`) > 0", text) > 0) {
                found.add(column);
            }
        }
        return found;
    }

    /** Saves ("save") or submits ("submit") a plan with the resident's address as contact; returns its id. */
    private long submitPlan(FacesClient resident, String title, String button, String email) {
        Page form = resident.get("account/plan");
        Page done = resident.submit(form, "plan", button, Map.ofEntries(
                Map.entry("title", title), Map.entry("summary", "Een plan om te wissen."),
                Map.entry("description", "Wat er moet gebeuren."),
                Map.entry("theme", single("select id from theme where name = 'Groen en klimaat'")),
                Map.entry("neighbourhood", single("select id from neighbourhood where name = 'De Baarsjes'")),
                Map.entry("location", "Het plein"), Map.entry("submitterRole", "RESIDENT"),
                Map.entry("contactName", "Wim Wissel"), Map.entry("contactEmail", email),
                Map.entry("costRows:0:costItem", "Werk"), Map.entry("costRows:0:costAmount", "100")));
        assertEquals(302, done.status(), done.body());
        return Long.parseLong(single("select id from plan where title = ?", title));
    }
}
