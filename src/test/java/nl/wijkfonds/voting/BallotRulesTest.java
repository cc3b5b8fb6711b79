package nl.wijkfonds.voting;

import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.review.EligiblePlan;
import nl.wijkfonds.shared.InvalidInput;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.Violation;
import nl.wijkfonds.shared.Violations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BallotRulesTest {

    /** Three plans of € 40,000, € 30,000 and € 20,000 on a ballot with € 60,000. */
    private static final BallotScope SCOPE = new BallotScope(7L, "Oud-West", Money.ofEuros(60_000),
            List.of(plan(1, 40_000), plan(2, 30_000), plan(3, 20_000)));

    private static EligiblePlan plan(long id, long euros) {
        return new EligiblePlan(id, "Plan " + id, 1L, "Groen", 7L, "Oud-West", Money.ofEuros(euros),
                Money.ofEuros(euros));
    }

    private static VotingRules rules(int maxChoices, int points, int minSpendPercent) {
        VotingRules rules = VotingRules.defaults(1);
        rules.revise(new VotingRulesSetup(maxChoices, points, minSpendPercent, 12));
        return rules;
    }

    private static List<String> problems(BallotKind kind, VotingRules rules, Choice... choices) {
        Violations problems = new Violations();
        BallotRules.check(kind, rules, SCOPE, List.of(choices), "choices", problems);
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInput refused) {
            return refused.violations().stream().map(Violation::messageKey).toList();
        }
    }

    @Test
    void approvalBallotNamesAtMostNPlansOfItsOwnBallotEachOnce() {
        VotingRules two = rules(2, 10, 0);
        assertEquals(List.of(), problems(BallotKind.APPROVAL, two, Choice.ticked(1), Choice.ticked(3)));
        assertEquals(List.of("voting.ballot.tooMany"),
                problems(BallotKind.APPROVAL, two, Choice.ticked(1), Choice.ticked(2), Choice.ticked(3)));
        assertEquals(List.of("voting.ballot.notOnBallot"), problems(BallotKind.APPROVAL, two, Choice.ticked(99)));
        assertEquals(List.of("voting.ballot.duplicate"),
                problems(BallotKind.APPROVAL, two, Choice.ticked(1), Choice.ticked(1)));
        assertEquals(List.of("voting.ballot.empty"), problems(BallotKind.APPROVAL, two));
    }

    @Test
    void knapsackBallotFitsTheBudgetAndSpendsTheMinimumShare() {
        VotingRules half = rules(3, 10, 50);
        assertEquals(List.of(), problems(BallotKind.KNAPSACK, half, Choice.ticked(1), Choice.ticked(3)));
        assertEquals(List.of("voting.ballot.overBudget"),
                problems(BallotKind.KNAPSACK, half, Choice.ticked(1), Choice.ticked(2)));
        assertEquals(List.of("voting.ballot.underMinimum"), problems(BallotKind.KNAPSACK, half, Choice.ticked(3)));
        assertEquals(Money.ofEuros(30_000), BallotRules.minimumSpend(half, SCOPE));
        assertEquals(List.of(), problems(BallotKind.KNAPSACK, half, Choice.ticked(2)), "exactly the minimum");
    }

    @Test
    void cumulativeBallotGivesPositivePointsAndAtMostK() {
        VotingRules ten = rules(3, 10, 0);
        assertEquals(List.of(), problems(BallotKind.CUMULATIVE, ten, Choice.withPoints(1, 7), Choice.withPoints(2, 3)));
        assertEquals(List.of("voting.ballot.tooManyPoints"),
                problems(BallotKind.CUMULATIVE, ten, Choice.withPoints(1, 7), Choice.withPoints(2, 4)));
        assertEquals(List.of("voting.ballot.pointsPositive"),
                problems(BallotKind.CUMULATIVE, ten, Choice.withPoints(1, -2)));
        assertEquals(List.of("voting.ballot.wrongKind"), problems(BallotKind.CUMULATIVE, ten, Choice.ticked(1)));
        assertEquals(List.of("voting.ballot.wrongKind"), problems(BallotKind.APPROVAL, ten, Choice.withPoints(1, -1)));
    }

    @Test
    void rankingNumbersItsPlacesFromOneWithoutGaps() {
        VotingRules two = rules(2, 10, 0);
        assertEquals(List.of(), problems(BallotKind.RANKING, two, Choice.ranked(3, 1), Choice.ranked(1, 2)));
        assertEquals(List.of("voting.ballot.rankOrder"),
                problems(BallotKind.RANKING, two, Choice.ranked(3, 1), Choice.ranked(1, 3)));
        assertEquals(List.of("voting.ballot.rankOrder"),
                problems(BallotKind.RANKING, two, Choice.ranked(3, 1), Choice.ranked(1, 1)));
        assertEquals(List.of("voting.ballot.tooMany", "voting.ballot.rankOrder"), problems(BallotKind.RANKING,
                rules(1, 10, 0), Choice.ranked(3, 1), Choice.ranked(1, 1)));
    }

    @Test
    void storedBallotsBecomeTheEnginesBallots() {
        StoredBallot ranking = new StoredBallot("R", 1, 7L, BallotKind.RANKING,
                List.of(Choice.ranked(2, 2), Choice.ranked(3, 1)));
        assertEquals(List.of("3", "2"), ((nl.wijkfonds.allocation.Ballot.Ordinal) ranking.toEngine()).ranking());
        StoredBallot points = new StoredBallot("P", 1, null, BallotKind.CUMULATIVE,
                List.of(Choice.withPoints(1, 7), Choice.withPoints(2, 3)));
        assertEquals(java.util.Map.of("1", 7L, "2", 3L),
                ((nl.wijkfonds.allocation.Ballot.Cumulative) points.toEngine()).points());
        StoredBallot knapsack = new StoredBallot("K", 1, 7L, BallotKind.KNAPSACK,
                List.of(Choice.ticked(1), Choice.ticked(3)));
        assertEquals(java.util.Set.of("1", "3"), knapsack.toEngine().supported());
        assertEquals(BallotKind.KNAPSACK, knapsack.toEngine().kind());
        assertEquals(60_000_00L, SCOPE.instance().budget());
        assertEquals(4_000_000L, SCOPE.instance().project(0).cost());
        assertThrows(IllegalArgumentException.class, () -> new nl.wijkfonds.allocation.Profile(SCOPE.instance(),
                BallotKind.KNAPSACK, List.of(new StoredBallot("X", 1, 7L, BallotKind.KNAPSACK,
                        List.of(Choice.ticked(1), Choice.ticked(2))).toEngine())), "the engine agrees on the budget");
    }
}
