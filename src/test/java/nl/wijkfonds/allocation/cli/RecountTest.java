package nl.wijkfonds.allocation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkfonds.allocation.MiniJson;

/** The recount tool, called in-process: exit codes, output forms and messages. */
class RecountTest {

    private static final String ROUND = """
            META
            key;value
            description;Test round
            budget;1000
            vote_type;approval
            PROJECTS
            project_id;cost;name
            1;600;Speeltuin
            2;500;"Bankjes; langs de gracht"
            3;300;Bomen
            VOTES
            voter_id;vote
            a;1,3
            b;1
            c;2,3
            d;1
            """;

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result recount(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Recount.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f.toString();
    }

    @Test
    void printsChosenProjectIdsOnePerLine() throws IOException {
        Result r = recount("--rule", "greedy-cost", "--tie-break", "project-id", file("round.pb", ROUND));
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("1", "3"), r.out().lines().toList());
        assertEquals("", r.err());
    }

    @Test
    void completionAndTieBreakOptionsAreAccepted() throws IOException {
        String f = file("round.pb", ROUND);
        for (String completion : List.of("none", "budget-increase", "iterated")) {
            Result r = recount("--rule=mes-cost", "--completion=" + completion, "--tie-break", "platform", f);
            assertEquals(0, r.code(), r.err());
            assertFalse(r.out().isBlank());
        }
    }

    @Test
    void explainShowsEveryProjectWithItsReason() throws IOException {
        Result r = recount("--rule", "mes-cost", "--explain", file("round.pb", ROUND));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("rule       mes-cost"), r.out());
        assertTrue(r.out().contains("max payment per supporter"), r.out());
        assertTrue(r.out().contains("Not chosen"), r.out());
        assertTrue(r.out().contains("Chosen in step 1"), r.out());
    }

    @Test
    void explainSpeaksDutchWhenAsked() throws IOException {
        Result r = recount("--rule", "greedy-cost", "--tie-break", "project-id", "--explain", "--lang", "nl",
                file("round.pb", ROUND.replace("description;Test round", "description;Test round\ncurrency;€")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1  (meeste stemmen) Gekozen in stap 1: het paste nog in het budget: er was nog € 1.000 over, het plan kost € 600"), r.out());
        assertTrue(r.out().contains("2  (meeste stemmen) Niet gekozen: nog € 100 over, het plan kost € 500"), r.out());
        assertTrue(r.out().contains("2 plannen gekozen, samen € 900; nog € 100 over"), r.out());
    }

    @Test
    void jsonGivesReasonCodesAndSentencesInTheChosenLanguage() throws IOException {
        Result r = recount("--rule", "greedy-cost", "--tie-break", "project-id", "--json", "--lang=nl",
                file("round.pb", ROUND.replace("budget;1000", "budget;1000.50")));
        assertEquals(0, r.code(), r.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
        assertEquals("1000.5", json.get("budget").toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> second = (Map<String, Object>) ((List<?>) json.get("projects")).get(1);
        assertEquals("does-not-fit-budget", second.get("code"));
        assertEquals("Niet gekozen: nog 100,50 over, het plan kost 500", second.get("reason"));
    }

    @Test
    void jsonIsMachineReadable() throws IOException {
        Result r = recount("--rule", "mes-cost", "--completion", "budget-increase", "--tie-break", "project-id",
                "--json", file("round.pb", ROUND));
        assertEquals(0, r.code(), r.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
        assertEquals("mes-cost+budget-increase", json.get("rule"));
        assertEquals("project-id", json.get("tieBreak"));
        assertEquals(3, ((List<?>) json.get("projects")).size());
        assertEquals(64, ((String) json.get("sha256")).length());
    }

    @Test
    void badArgumentsExitWithTwo() throws IOException {
        String f = file("round.pb", ROUND);
        List<String[]> bad = List.of(
                new String[] {f},
                new String[] {"--rule", "borda", f},
                new String[] {"--rule", "mes-cost", "--completion", "sometimes", f},
                new String[] {"--rule", "greedy-cost", "--completion", "iterated", f},
                new String[] {"--rule", "mes-cost", "--tie-break", "coin", f},
                new String[] {"--rule", "mes-cost", "--lang", "de", f},
                new String[] {"--rule", "mes-cost", "--frobnicate", f},
                new String[] {"--rule", "mes-cost"},
                new String[] {"--rule", "mes-cost", f, f},
                new String[] {"--rule"},
                new String[] {"--rule", "mes-cost", dir.resolve("missing.pb").toString()});
        for (String[] args : bad) {
            Result r = recount(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertTrue(r.err().startsWith("recount: "), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals(args.length > 1 && args[args.length - 1].endsWith("missing.pb") ? -1 : 1,
                    r.err().contains("usage:") ? 1 : -1, "usage after an argument error: " + r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void missingOrExtraFilesAreNamed() throws IOException {
        String f = file("round.pb", ROUND);
        assertTrue(recount("--rule", "mes-cost").err().startsWith("recount: no .pb file given"));
        assertTrue(recount("--rule", "mes-cost", f, f).err().startsWith("recount: give exactly one .pb file"));
    }

    @Test
    void brokenLineIsNamedInTheError() throws IOException {
        String broken = ROUND.replace("c;2,3", "c;2,7");
        Result r = recount("--rule", "mes-cost", file("broken.pb", broken));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("line 15: vote names project '7', which is not in PROJECTS"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void phragmenOnPointsBallotsIsBadInput() throws IOException {
        String points = ROUND.replace("vote_type;approval", "vote_type;cumulative")
                .replace("voter_id;vote", "voter_id;vote;points")
                .replace("a;1,3", "a;1,3;2,1").replace("b;1\n", "b;1;3\n").replace("c;2,3", "c;2,3;1,1")
                .replace("d;1\n", "d;1;1\n");
        assertEquals(0, recount("--rule", "mes-cardinality", file("points.pb", points)).code());
        Result r = recount("--rule", "phragmen", file("points.pb", points));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("phragmen needs approval ballots"), r.err());
    }

    @Test
    void helpExitsWithZero() {
        Result r = recount("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("usage:"));
    }

    /** Ids in file order 9, 4, 3, 2; 9 has most votes, then 4, 3 and 2 tie with one vote each. */
    private static final String TIED_ROUND = """
            META
            key;value
            budget;1000
            vote_type;approval
            PROJECTS
            project_id;cost
            9;600
            4;300
            3;300
            2;500
            VOTES
            voter_id;vote
            a;9,3
            b;9,4
            c;2
            d;9
            """;

    /**
     * Chosen projects first, in the order they were chosen, then the others by id; then the ties and
     * the rule's notes. Greedy takes 9, then of the tied 2, 3, 4 (by id) 2 does not fit, 3 does, 4 no longer.
     */
    @Test
    void explainListsChosenInOrderThenTheRestThenTiesAndNotes() throws IOException {
        Result r = recount("--rule", "greedy-cost", "--tie-break", "project-id", "--explain", file("tied.pb", TIED_ROUND));
        assertEquals(0, r.code(), r.err());
        List<String> projectLines = r.out().lines().filter(l -> l.matches("( {3}\\d\\. | {3}- {2}).*")).toList();
        assertEquals(List.of("   1. 9  (most votes first) Chosen in step 1: it still fitted the budget: 1,000 was left, the plan costs 600",
                "   2. 3  (most votes first) Chosen in step 2: it still fitted the budget: 400 was left, the plan costs 300",
                "   -  2  (most votes first) Not chosen: 400 left, the plan costs 500",
                "   -  4  (most votes first) Not chosen: 100 left, the plan costs 300"), projectLines);
        assertTrue(r.out().endsWith("\n\nties broken by project-id:\n  Tie in step 1 between 2, 3, 4: 2 went first\n"), r.out());
        assertTrue(r.out().contains("   2. 3  (most votes first) Chosen in step 2: it still fitted the budget: 400 was left, "
                + "the plan costs 300\n         supporters: 1\n         score: 1\n         position in greedy order: 3\n"), r.out());

        Result completed = recount("--rule", "mes-cost", "--completion", "budget-increase", "--tie-break", "project-id",
                "--explain", file("tied.pb", TIED_ROUND));
        assertTrue(completed.out().contains("\n\nbudget-increase: "), completed.out());
        Result plain = recount("--rule", "mes-cost", "--tie-break", "project-id", "--explain", file("tied.pb", TIED_ROUND));
        assertFalse(plain.out().contains("ties broken by"), plain.out());
        assertTrue(plain.out().endsWith("\n") && !plain.out().endsWith("\n\n"), plain.out());
    }

    @Test
    void aFileThatIsNotPabulibExitsWithTwo() throws IOException {
        Result r = recount("--rule", "mes-cost", file("empty.pb", "hello\n"));
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("recount: "), r.err());
        Result unreadable = recount("--rule", "mes-cost", dir.toString());
        assertEquals(2, unreadable.code());
        assertTrue(unreadable.err().contains("cannot read"), unreadable.err());
        assertEquals("", unreadable.out());
    }

    @Test
    void optionsWithEqualsSignsAndAFileCalledDash() throws IOException {
        Result r = recount("--rule=greedy-cost", "--tie-break=project-id", file("round.pb", ROUND));
        assertEquals(List.of("1", "3"), r.out().lines().toList());
        Result dash = recount("--rule", "greedy-cost", "-");
        assertEquals(2, dash.code());
        assertTrue(dash.err().contains("-: no such file"), dash.err());
        Result both = recount("--rule", "greedy-cost", "--json", "--explain", "--tie-break", "project-id", file("round.pb", ROUND));
        assertTrue(both.out().startsWith("{"), both.out());
    }

    @Test
    void jsonListsTheTiesAndEscapesControlCharacters() throws IOException {
        Result r = recount("--rule", "greedy-cost", "--tie-break", "project-id", "--json", file("tied.pb", TIED_ROUND));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> tie = (Map<String, Object>) ((List<?>) json.get("ties")).get(0);
        assertEquals(List.of("2", "3", "4"), tie.get("candidates"));
        assertEquals("2", tie.get("chosen"));
        assertEquals("\"a\\u0001 b\\t\\\"c\\\\\"", OutcomeJson.quote("a\u0001 b\t\"c\\"));
    }
}
