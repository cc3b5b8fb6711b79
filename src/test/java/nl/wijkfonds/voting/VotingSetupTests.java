package nl.wijkfonds.voting;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.CoversForm;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.Waiting;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Map;

import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.PASSWORD;
import static nl.wijkfonds.testing.FormProblems.field;
import static nl.wijkfonds.testing.FormProblems.none;
import static nl.wijkfonds.testing.Messages.PLAIN_TEXT;
import static nl.wijkfonds.testing.Messages.REQUIRED;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.single;
import static nl.wijkfonds.voting.VotingPages.OUD_WEST;
import static nl.wijkfonds.voting.VotingPages.WESTERPARK;
import static nl.wijkfonds.voting.VotingPages.eligiblePlan;
import static nl.wijkfonds.voting.VotingPages.round;
import static nl.wijkfonds.voting.VotingPages.votingPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officials get a round ready to vote, in Chromium, each form wrong first: voting rules, the register (a file
 * without a column, then one with bad lines — every one named, nothing stored — then a good one), the code letters,
 * and opening the vote.
 */
interface VotingSetupTests extends Deployed {

    String HEADER = "referentie;postcode;huisnummer;geboortejaar\n";

    @Test
    @Order(10)
    @CoversForm(page = "official/voting.xhtml", form = "rules")
    default void officialSetsTheVotingRulesOneFieldAtATime() {
        long events = count("select count(*) from audit_event");
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open("official/round?id=" + round());
            browser.driver().findElement(By.cssSelector("input[name='round:votingMethod'][value='KNAPSACK']")).click();
            browser.click(By.id("round:save"));
            events = count("select count(*) from audit_event");

            browser.open(votingPage());
            browser.type(By.id("rules:maxChoices"), "");
            browser.type(By.id("rules:minSpendPercent"), "150");
            browser.click(By.id("rules:save"));
            field("rules:maxChoices", REQUIRED).and("rules:minSpendPercent",
                    "Vul een percentage in van 0 tot en met 100.").assertShownIn(browser);
            assertEquals("150", browser.value("rules:minSpendPercent"), "what was typed stays");

            browser.type(By.id("rules:maxChoices"), "drie");
            browser.click(By.id("rules:save"));
            assertTrue(browser.messageBeside("rules:maxChoices").startsWith("Vul een getal in"),
                    browser.messageBeside("rules:maxChoices"));
            assertEquals(events, count("select count(*) from audit_event"), "nothing stored from the wrong tries");
            assertEquals(0, count("select count(*) from voting_rules"));

            browser.type(By.id("rules:maxChoices"), "3");
            browser.type(By.id("rules:minSpendPercent"), "10");
            browser.click(By.id("rules:save"));
            none().assertShownIn(browser);
        }
        assertEquals("KNAPSACK", single("select voting_method from budget_round where id = ?", round()));
        assertEquals("10", single("select min_spend_percent from voting_rules where round_id = ?", round()));
        assertEquals(1, count("select count(*) from audit_event where action = 'voting.rules-set'"));
    }

    @Test
    @Order(20)
    @CoversForm(page = "official/voting.xhtml", form = "register")
    default void registerIsImportedAllOrNothingWithEveryBadLineNamed() {
        eligiblePlan("Speeltuin Ten Kate", 40_000, "Oud-West", "Samen in de buurt");
        eligiblePlan("Bankjes op het plein", 30_000, "Oud-West", "Samen in de buurt");
        eligiblePlan("Geveltuinen", 20_000, "Oud-West", "Groen en klimaat");
        eligiblePlan("Zwerfvuilprikkers", 5_000, "Oud-West", "Veilig en schoon");
        eligiblePlan("Moestuin Westerpark", 25_000, "Westerpark", "Groen en klimaat");
        int young = Year.now().getValue() - 3;
        FacesClient official = signedIn(OFFICIAL);
        assertEquals(400, official.submit(official.get(votingPage()), "register", "import", Map.of()).status(),
                "the file form posted without its files' encoding (no browser does that) is a bad request, no 500");
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open(votingPage());
            browser.click(By.id("register:import"));
            field("register:file", "Kies een bestand.").assertShownIn(browser);

            browser.driver().findElement(By.id("register:file")).sendKeys(file("referentie;postcode;geboortejaar\n"
                    + "A1;1054AB;1980\n"));
            browser.click(By.id("register:import"));
            awaitImport(browser);
            assertTrue(browser.text(By.id("importProblems")).contains("De kolom(men) huisnummer ontbreken"),
                    browser.pageText());

            browser.open(votingPage());
            browser.driver().findElement(By.id("register:file")).sendKeys(file(HEADER + "O1;1054AB;1;1980\n"
                    + "O1;1054AB;2;1980\n" + "X3;0154AB;3;1980\n" + "X4;9999ZZ;4;1980\n" + "X5;1054AB;;1980\n"));
            browser.click(By.id("register:import"));
            awaitImport(browser);
            String problems = browser.text(By.id("importProblems"));
            assertTrue(problems.contains("Niets ingelezen: 4 regels kloppen niet"), problems);
            assertTrue(problems.contains("3 De referentie O1 staat ook op regel 2."), problems);
            assertTrue(problems.contains("4 „0154AB\" is geen Nederlandse postcode."), problems);
            assertTrue(problems.contains("5 Postcode 9999ZZ ligt in geen enkele buurt van deze ronde."), problems);
            assertTrue(problems.contains("6 „\" is geen huisnummer."), problems);
            assertEquals(0, count("select count(*) from voter"), "nothing stored");

            browser.open(votingPage());
            StringBuilder register = new StringBuilder(HEADER);
            for (int i = 1; i <= 8; i++) {
                register.append("O").append(i).append(';').append(OUD_WEST).append(';').append(i).append(";1980\n");
            }
            register.append("W1;").append(WESTERPARK).append(";1;1990\nW2;").append(WESTERPARK).append(";2;1990\n");
            register.append("Y1;").append(OUD_WEST).append(";9;").append(young).append('\n');
            browser.driver().findElement(By.id("register:file")).sendKeys(file(register.toString()));
            browser.click(By.id("register:import"));
            awaitImport(browser);
            assertTrue(browser.text(By.id("importDone")).contains("11 kiezers, van wie 1 te jong"), browser.pageText());
        }
        assertEquals(11, count("select count(*) from voter where round_id = ?", round()));
        assertEquals(9, count("select count(*) from voter v join neighbourhood n on n.id = v.neighbourhood_id"
                + " where n.name = 'Oud-West'"));
        assertEquals(1, count("select count(*) from audit_event where action = 'voting.register-imported'"));
    }

    @Test
    @Order(25)
    @CoversForm(page = "official/ballot-texts.xhtml", form = "texts")
    default void officialsGiveEachPlanAShortBallotText() {
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open("official/ballot-texts?round=" + round());
            browser.type(By.id("texts:textRows:0:text"), "Een <b>grote</b> speeltuin");
            browser.type(By.id("texts:textRows:1:text"), "x".repeat(601));
            browser.click(By.id("texts:save"));
            field("texts:textRows:0:text", PLAIN_TEXT).and("texts:textRows:1:text", "Gebruik hoogstens 600 tekens.")
                    .assertShownIn(browser);
            browser.type(By.id("texts:textRows:0:text"),
                    "Nieuwe speeltoestellen op het Ten Katepleintje, voor kinderen tot 12.");
            browser.click(By.id("texts:save"));
            field("texts:textRows:1:text", "Gebruik hoogstens 600 tekens.").assertShownIn(browser);
            assertEquals(0, count("select count(*) from ballot_text"), "nothing stored from the wrong tries");
            browser.type(By.id("texts:textRows:1:text"), "");
            browser.click(By.id("texts:save"));
            none().assertShownIn(browser);
        }
        assertEquals("Nieuwe speeltoestellen op het Ten Katepleintje, voor kinderen tot 12.",
                single("select text from ballot_text"));
    }

    @Test
    @Order(30)
    @CoversForm(page = "official/voting.xhtml", form = "codes")
    default void codeLettersHoldTheOnlyPlainCodes() {
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open(votingPage());
            browser.driver().findElement(By.id("codes:letters")).click();
            Waiting.until(() -> count("select count(*) from voting_code") == 10,
                    "codes issued from the page");
        }
        FacesClient official = signedIn(OFFICIAL);
        Map<String, String> codes = VotingPages.codeLetters(official);
        assertEquals(10, codes.size(), "a letter for everyone old enough: " + codes.keySet());
        assertFalse(codes.containsKey("Y1"), "the young voter gets no letter");
        VotingFixture.CODES.putAll(codes);
        assertEquals(10, count("select count(*) from voting_code where round_id = ? and not used", round()));
        for (String code : codes.values()) {
            String plain = code.replace("-", "");
            assertEquals(0, count("select count(*) from voting_code where code_hash like ?", "%" + plain + "%"));
            assertEquals(0, count("select count(*) from audit_event where after_state like ? or before_state like ?",
                    "%" + plain + "%", "%" + plain + "%"));
        }
        assertEquals(2, count("select count(*) from audit_event where action = 'voting.codes-issued'"));
    }

    @Test
    @Order(40)
    @CoversForm(page = "official/voting.xhtml", form = "phase")
    default void votingOpensOnlyWhenAnOfficialOpensIt() {
        String early = VotingPages.vote(VotingFixture.code("O8"), OUD_WEST, Long.parseLong(VotingPages.planId(
                "Geveltuinen")));
        assertEquals(423, VotingPages.castByApi(base(), round(), early, "nl").statusCode(), "before opening");
        VotingPages.nextPhase(signedIn(OFFICIAL), "REVIEW");
        try (Browser browser = browser()) {
            browser.signIn(OFFICIAL, PASSWORD, "nl");
            browser.open(votingPage());
            String question = browser.clickAndReadQuestion(By.id("phase:open"));
            assertTrue(question.contains("Stemming openen?"), question);
            browser.acceptQuestion();
            assertTrue(browser.pageText().contains("De stemming is open."), browser.pageText());
            assertFalse(browser.isPresent(By.id("rules:save")), "the rules are frozen");
            assertFalse(browser.isPresent(By.id("register:import")), "so is the register");
        }
        assertEquals("VOTING", single("select phase from budget_round where id = ?", round()));
        assertEquals(0, count("select count(*) from ballot"), "nothing was cast before opening");
    }

    private static String file(String content) {
        try {
            Path file = Files.createTempFile("register", ".csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitImport(Browser browser) {
        for (int i = 0; i < 60 && browser.isPresent(By.cssSelector("[data-refresh]")); i++) {
            browser.open(browser.currentUrl().substring(browser.currentUrl().indexOf("official/")));
        }
        assertFalse(browser.isPresent(By.cssSelector("[data-refresh]")), "the import ended");
    }
}
