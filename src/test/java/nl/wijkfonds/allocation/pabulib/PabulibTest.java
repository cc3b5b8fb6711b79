package nl.wijkfonds.allocation.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.wijkfonds.allocation.Ballot;
import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.allocation.Completion;
import nl.wijkfonds.allocation.Project;
import nl.wijkfonds.allocation.Rule;
import nl.wijkfonds.allocation.Rules;
import nl.wijkfonds.allocation.Satisfaction;
import nl.wijkfonds.allocation.TieBreak;

/** Reading and writing pabulib files. */
class PabulibTest {

    private static final String HEAD = """
            META
            key;value
            budget;1000
            vote_type;%s
            PROJECTS
            project_id;cost;name;category;target
            1;600;"Speeltuin ""De Wip""; Noord";play,green;children
            2;500,00;Bankjes;None;
            VOTES
            """;

    private static String file(String voteType, String votes) {
        return HEAD.formatted(voteType) + votes;
    }

    @Test
    void quotedFieldsCategoriesAndTargetsAreRead() throws PabulibException {
        Election e = PabulibReader.parse(file("approval", "voter_id;vote\n1;1,2\n2;\n"));
        Project p = e.instance().project(0);
        assertEquals("Speeltuin \"De Wip\"; Noord", p.name());
        assertEquals(Set.of("play", "green"), p.categories());
        assertEquals(Set.of("children"), p.targets());
        assertEquals(500, e.instance().project(1).cost());
        assertEquals(1000, e.instance().budget());
        assertEquals(2, e.profile().totalWeight()); // the empty ballot is a voter too
    }

    @Test
    void allVoteTypesAreRead() throws PabulibException {
        assertEquals(BallotKind.APPROVAL, PabulibReader.parse(file("choose-1", "voter_id;vote\n1;2\n")).profile().kind());
        Election cumulative = PabulibReader.parse(file("cumulative", "voter_id;vote;points\n1;2,1;3,4\n"));
        assertEquals(Map.of("2", 3L, "1", 4L), ((Ballot.Cumulative) cumulative.profile().ballots().get(0)).points());
        Election ordinal = PabulibReader.parse(file("ordinal", "voter_id;vote\n1;2,1\n"));
        assertEquals(List.of("2", "1"), ((Ballot.Ordinal) ordinal.profile().ballots().get(0)).ranking());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            approval   | voter_id;vote\\n1;1\\n2;3\\n           | line 12: vote names project '3', which is not in PROJECTS
            cumulative | voter_id;vote;points\\n1;1,2;5\\n      | line 11: vote names 2 projects but gives 1 points
            cumulative | voter_id;vote;points\\n1;1;x\\n        | line 11: points for project 1 'x' is not a whole number
            ordinal    | voter_id;vote\\n1;1,1\\n               | line 11: the ranking names a project twice
            scoring    | voter_id;vote\\n1;1\\n                 | line 9: vote_type 'scoring' is not supported (approval, choose-1, cumulative, ordinal, knapsack)
            approval   | voter_id;ballot\\n1;1\\n               | line 10: VOTES header has no 'vote' column
            approval   | voter_id;vote\\n1;1;extra\\n           | line 11: has 3 fields, the header has 2
            knapsack   | voter_id;vote\\n1;1,2\\n               | line 11: knapsack vote costs 1100, more than the budget 1000
            """)
    void brokenLineIsNamedInTheError(String voteType, String votes, String message) {
        PabulibException e = assertThrows(PabulibException.class,
                () -> PabulibReader.parse(file(voteType, votes.replace("\\n", "\n"))));
        assertEquals(message, e.getMessage());
    }

    @Test
    void brokenProjectsAndMetaAreNamed() {
        assertEquals("line 7: cost of project 1 '1.250.00' is not an amount", assertThrows(PabulibException.class,
                () -> PabulibReader.parse(file("approval", "voter_id;vote\n").replace("1;600;", "1;1.250.00;"))).getMessage());
        assertEquals("line 3: budget '-5' is not an amount", assertThrows(PabulibException.class,
                () -> PabulibReader.parse(file("approval", "voter_id;vote\n").replace("budget;1000", "budget;-5"))).getMessage());
        assertEquals("line 8: project 1 appears twice", assertThrows(PabulibException.class,
                () -> PabulibReader.parse(file("approval", "voter_id;vote\n").replace("2;500,00;", "1;500;"))).getMessage());
        assertEquals("line 8: META has no budget", assertThrows(PabulibException.class,
                () -> PabulibReader.parse(file("approval", "voter_id;vote\n").replace("budget;1000\n", ""))).getMessage());
        assertEquals("line 7: a quoted field is never closed", assertThrows(PabulibException.class,
                () -> PabulibReader.parse(file("approval", "voter_id;vote\n").replace("\"Speeltuin \"\"De Wip\"\"; Noord\"", "\"open"))).getMessage());
        assertThrows(PabulibException.class, () -> PabulibReader.parse("META\nkey;value\nbudget;10\n"));
    }

    @Test
    void writtenFileReadsBackToTheSameElection() throws Exception {
        Election original;
        try (InputStream in = PabulibTest.class.getResourceAsStream("/pabulib/france_toulouse_2019_.pb")) {
            original = PabulibReader.parse(in.readAllBytes());
        }
        Election again = PabulibReader.parse(PabulibWriter.write(original));
        assertEquals(original.instance().projects(), again.instance().projects());
        assertEquals(original.instance().budget(), again.instance().budget());
        assertEquals(original.profile().ballots().size(), again.profile().ballots().size());
        for (Rule rule : List.of(Rules.greedy(Satisfaction.COST), Rules.equalShares(Satisfaction.COST, Completion.NONE))) {
            assertEquals(rule.allocate(original.instance(), original.profile(), TieBreak.byProjectId()).selectedIds(),
                    rule.allocate(again.instance(), again.profile(), TieBreak.byProjectId()).selectedIds());
        }
    }

    /** Files from other tools: a byte order mark, Windows line ends, no line end at the very end. */
    @Test
    void lineEndsAndTheLastLineAreReadAsWritten() throws PabulibException {
        String unix = file("approval", "voter_id;vote\n1;1,2\n2;2\n");
        Election expected = PabulibReader.parse(unix);
        for (String variant : List.of(unix.replace("\n", "\r\n"), "\uFEFF" + unix, unix.substring(0, unix.length() - 1),
                unix.replace("\n", "\r\n").substring(0, unix.replace("\n", "\r\n").length() - 2),
                unix.substring(0, unix.length() - 1).replace("2;2", "2;\"2\""))) {
            Election e = PabulibReader.parse(variant);
            assertEquals(expected.instance().projects(), e.instance().projects());
            assertEquals(expected.profile().ballots(), e.profile().ballots());
        }
        // a row that ends in ';' at the very end of the file has an empty last field
        assertEquals(List.of(new Ballot.Approval(Set.of("1")), new Ballot.Approval(Set.of())),
                PabulibReader.parse(file("approval", "voter_id;vote;x\n1;1;\n2;;")).profile().ballots());
    }

    /** A name over several lines (quoted) moves the line numbers of what follows. */
    @Test
    void linesAfterAMultiLineNameAreCountedRight() {
        String text = file("approval", "voter_id;vote\n1;1\n2;3\n").replace("Bankjes", "\"Bankjes\nen\nbomen\"");
        assertEquals("line 14: vote names project '3', which is not in PROJECTS",
                assertThrows(PabulibException.class, () -> PabulibReader.parse(text)).getMessage());
        assertEquals(14, assertThrows(PabulibException.class, () -> PabulibReader.parse(text)).line());
    }

    @Test
    void aSectionWithoutHeaderAtTheEndIsNamed() {
        assertEquals("line 9: section VOTES has no header line",
                assertThrows(PabulibException.class, () -> PabulibReader.parse(HEAD.formatted("approval"))).getMessage());
    }

    /** Without a VOTES section the election simply has no ballots (the budget and vote type are still checked). */
    @Test
    void aFileWithoutVotesHasNoBallots() throws PabulibException {
        String noVotes = HEAD.formatted("approval").replace("VOTES\n", "");
        assertEquals(0, PabulibReader.parse(noVotes).profile().ballots().size());
        assertEquals("line 7: META has no vote_type", assertThrows(PabulibException.class,
                () -> PabulibReader.parse(noVotes.replace("vote_type;approval\n", ""))).getMessage());
    }

    @Test
    void pointsAreWholeNumbersWithAtMostEighteenDigits() throws PabulibException {
        Election e = PabulibReader.parse(file("cumulative",
                "voter_id;vote;points\n1;1,2;3.00,999999999999999999\n2;;\n"));
        assertEquals(Map.of("1", 3L, "2", 999_999_999_999_999_999L),
                ((Ballot.Cumulative) e.profile().ballots().get(0)).points());
        assertEquals(Map.of(), ((Ballot.Cumulative) e.profile().ballots().get(1)).points());
        assertEquals("line 11: points for project 1 '1.5' is not a whole number", assertThrows(PabulibException.class,
                () -> PabulibReader.parse(file("cumulative", "voter_id;vote;points\n1;1;1.5\n"))).getMessage());
        assertEquals("line 11: points for project 1 '1000000000000000000' is not a whole number",
                assertThrows(PabulibException.class, () -> PabulibReader.parse(file("cumulative",
                        "voter_id;vote;points\n1;1;1000000000000000000\n"))).getMessage());
    }

    @Test
    void aKnapsackVoteMayCostExactlyTheBudget() throws PabulibException {
        Election e = PabulibReader.parse(file("knapsack", "voter_id;vote\n1;1\n").replace("2;500,00", "2;400"));
        assertEquals(List.of(new Ballot.Knapsack(Set.of("1", "2"), 1)),
                PabulibReader.parse(file("knapsack", "voter_id;vote\n1;1,2\n").replace("2;500,00", "2;400"))
                        .profile().ballots());
        assertEquals(1, e.profile().ballots().size());
    }

    @Test
    void amountsHaveAtMostEighteenDecimals() throws PabulibException {
        assertEquals(18, PabulibReader.parse(file("approval", "voter_id;vote\n").replace("budget;1000",
                "budget;0.000000000000000001").replace("1;600;", "1;0;").replace("2;500,00;", "2;0;")).instance().decimals());
        assertEquals("line 3: amounts with more than 18 decimals are not supported", assertThrows(PabulibException.class,
                () -> PabulibReader.parse(file("approval", "voter_id;vote\n").replace("budget;1000",
                        "budget;0.0000000000000000001"))).getMessage());
    }

    /** Names that look like CSV syntax or like a section are quoted, so they read back unchanged. */
    @Test
    void namesThatLookLikeSyntaxSurviveWritingAndReading() throws PabulibException {
        List<String> names = List.of(";begint met puntkomma", "\"aanhalingstekens\" vooraan", "twee\nregels",
                "twee\rregels", "votes", "Meta", "projects");
        StringBuilder projects = new StringBuilder("project_id;cost;name\n");
        for (int i = 0; i < names.size(); i++) {
            projects.append(i + 1).append(";10;\"").append(names.get(i).replace("\"", "\"\"")).append("\"\n");
        }
        String text = "META\nkey;value\nbudget;100\nvote_type;choose-1\nPROJECTS\n" + projects
                + "VOTES\nvoter_id;vote\n7;1\n8;2\n";
        Election original = PabulibReader.parse(text);
        String written = PabulibWriter.write(original);
        Election again = PabulibReader.parse(written);
        assertEquals(names, again.instance().projects().stream().map(Project::name).toList());
        assertEquals("choose-1", again.instance().meta().get("vote_type"));
        assertEquals(List.of("1;1", "2;2"), written.lines().dropWhile(l -> !l.equals("voter_id;vote")).skip(1).toList());
    }
}
