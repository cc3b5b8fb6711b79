package nl.wijkfonds.results;

import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.allocation.Outcome;
import nl.wijkfonds.allocation.TieBreak;
import nl.wijkfonds.allocation.pabulib.Election;
import nl.wijkfonds.allocation.pabulib.PabulibReader;
import nl.wijkfonds.results.ResultDocument.PlanResult;
import nl.wijkfonds.results.ResultDocument.ScopeResult;
import nl.wijkfonds.review.EligiblePlan;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.voting.BallotScope;
import nl.wijkfonds.voting.Choice;
import nl.wijkfonds.voting.StoredBallot;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TallyTest {

    private static final BallotScope OUD_WEST = new BallotScope(7L, "Oud-West", Money.ofEuros(75_000), List.of(
            plan(1, "Speeltuin", 40_000), plan(2, "Bankjes", 20_000), plan(3, "Moestuin", 30_000)));

    @Test
    void theCountIsTheEnginesOutcomeOnTheBallotFileItWrote() throws Exception {
        List<StoredBallot> ballots = List.of(ballot("A", 1, 2), ballot("C", 1), ballot("D", 1, 3), ballot("E", 2, 3),
                ballot("F", 3));
        for (CountingRule rule : CountingRule.values()) {
            Tally.Counted counted = Tally.count("Wijkfonds West 2027", 2027, 0, OUD_WEST, BallotKind.APPROVAL, ballots,
                    rule);
            byte[] file = counted.file().getBytes(StandardCharsets.UTF_8);
            assertEquals(HexFormat.of().formatHex(TieBreak.sha256(file)), counted.scope().ballotFileSha256());
            Election election = PabulibReader.parse(file);
            Outcome engine = rule.engineRule().allocate(election.instance(), election.profile(),
                    TieBreak.platform(TieBreak.sha256(file)));
            assertEquals(engine.selectedIds(), counted.scope().chosen().stream()
                    .map(p -> String.valueOf(p.planId())).sorted().toList(), rule.name());
            assertEquals(engine.totalCost(), counted.scope().spentCents());
            assertEquals("wijkfonds-2027-1-oud-west.pb", counted.fileName());
        }
    }

    @Test
    void everyPlanGetsVotesAndAnExplanationInDutchAndEnglish() {
        ScopeResult scope = Tally.count("W", 2027, 0, OUD_WEST, BallotKind.APPROVAL,
                List.of(ballot("A", 1, 2), ballot("C", 1), ballot("D", 1)), CountingRule.GREEDY).scope();
        PlanResult first = scope.plans().stream().filter(p -> p.planId() == 1).findFirst().orElseThrow();
        assertEquals(3, first.votes());
        assertTrue(first.chosen());
        assertEquals("fits-budget", first.reason());
        assertTrue(first.explanationNl().startsWith("Gekozen in stap 1"), first.explanationNl());
        assertEquals("Chosen in step 1: it still fitted the budget: € 75,000 was left, the plan costs € 40,000",
                first.explanationEn());
        PlanResult none = scope.plans().stream().filter(p -> p.planId() == 3).findFirst().orElseThrow();
        assertEquals(0, none.votes());
        assertTrue(none.explanationEn().startsWith("Not chosen: "), none.explanationEn());
    }

    @Test
    void aBallotNobodyVotedOnChoosesNothing() {
        ScopeResult scope = Tally.count("W", 2027, 0, OUD_WEST, BallotKind.APPROVAL, List.of(),
                CountingRule.EQUAL_SHARES).scope();
        assertEquals(0, scope.spentCents());
        assertTrue(scope.chosen().isEmpty());
        assertTrue(scope.plans().stream().allMatch(p -> p.reason().equals("no-ballots")));
        assertEquals("Niet gekozen: op dit stembiljet is niet gestemd.", scope.plans().get(0).explanationNl());
    }

    @Test
    void oneChangedBallotChangesTheFilesHash() {
        List<StoredBallot> ballots = List.of(ballot("A", 1, 2), ballot("C", 1));
        String before = Tally.ballotFile("W", 2027, OUD_WEST, BallotKind.APPROVAL, ballots);
        assertEquals(before, Tally.ballotFile("W", 2027, OUD_WEST, BallotKind.APPROVAL, List.copyOf(ballots)),
                "the same ballots give the same bytes");
        String after = Tally.ballotFile("W", 2027, OUD_WEST, BallotKind.APPROVAL,
                List.of(ballot("A", 1, 3), ballot("C", 1)));
        assertNotEquals(before, after);
        assertFalse(Arrays.equals(TieBreak.sha256(before.getBytes(StandardCharsets.UTF_8)),
                TieBreak.sha256(after.getBytes(StandardCharsets.UTF_8))));
    }

    private static EligiblePlan plan(long id, String title, long euros) {
        return new EligiblePlan(id, title, 1L, "Samen in de buurt", 7L, "Oud-West", Money.ofEuros(euros),
                Money.ofEuros(euros));
    }

    private static StoredBallot ballot(String receipt, long... plans) {
        return new StoredBallot(receipt, 1, 7L, BallotKind.APPROVAL,
                Arrays.stream(plans).mapToObj(Choice::ticked).toList());
    }
}
