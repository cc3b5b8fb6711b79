package nl.wijkfonds.round;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An official moves a round through its phases in Chromium; every move asks first, and "cancel" changes nothing. */
interface PhaseMoveTests extends Deployed {

    @Test
    @CoversForm(page = "official/rounds.xhtml", form = "rounds")
    default void phaseMovesAskFirstAndCancellingChangesNothing() {
        String name = "Wijkfonds Fasen 2031";
        Page saved = RoundFormFields.save(signedIn(OFFICIAL), null, RoundFormFields.valid(name));
        assertEquals(302, saved.status(), saved.body());
        String id = single("select id from budget_round where name = ?", name);
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open("official/rounds");

            String question = browser.clickAndReadQuestion(next(name));
            assertTrue(question.contains(name) && question.contains("Plannen indienen"), question);
            browser.dismissQuestion();
            assertEquals("DRAFT", phase(id), "cancelled: the round stays where it was");
            assertEquals(0, moves(id));
            assertTrue(browser.currentUrl().endsWith("/official/rounds"), browser.currentUrl());

            browser.clickAndReadQuestion(next(name));
            browser.acceptQuestion();
            assertEquals("SUBMISSION", phase(id));
            assertTrue(browser.pageText().contains("De ronde \"" + name + "\" is nu in de fase: Plannen indienen."),
                    browser.pageText());

            String back = browser.clickAndReadQuestion(back(name));
            assertTrue(back.contains("Voorbereiding"), back);
            browser.dismissQuestion();
            assertEquals("SUBMISSION", phase(id));
            browser.clickAndReadQuestion(back(name));
            browser.acceptQuestion();
            assertEquals("DRAFT", phase(id));

            for (String expected : new String[]{"SUBMISSION", "REVIEW", "VOTING"}) {
                browser.clickAndReadQuestion(next(name));
                browser.acceptQuestion();
                assertEquals(expected, phase(id));
            }
            assertFalse(browser.isPresent(back(name)), "no way back once voting has opened");
            assertEquals(5, moves(id));
            assertEquals(single("select public_id from account where email = ?", OFFICIAL),
                    single("select actor from audit_event where action = 'round.phase-changed' "
                    + "and subject_id = ? order by id desc limit 1", id));
        }
    }

    private static By next(String round) {
        return By.xpath("//tr[td/a[normalize-space()='" + round + "']]//input[contains(@id, ':next')]");
    }

    private static By back(String round) {
        return By.xpath("//tr[td/a[normalize-space()='" + round + "']]//input[contains(@id, ':back')]");
    }

    private static String phase(String id) {
        return single("select phase from budget_round where id = ?", id);
    }

    private static long moves(String id) {
        return count("select count(*) from audit_event where action = 'round.phase-changed' and subject_id = ?", id);
    }
}
