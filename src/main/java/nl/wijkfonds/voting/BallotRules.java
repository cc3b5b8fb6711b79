package nl.wijkfonds.voting;

import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.review.EligiblePlan;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.Violations;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a filled-in ballot must keep, whichever way it came in (ballot page, API, paper): only plans on this
 * scope's ballot, each once, and then per voting method — approval and ranking name at most N plans (a ranking
 * numbers its places 1, 2, 3, … without gaps), a cumulative ballot gives each plan a positive number of points and
 * at most K in all, a knapsack ballot's plans cost no more than the scope's budget together and at least the
 * round's minimum share of it. A ballot names at least one plan.
 */
public final class BallotRules {

    private BallotRules() {
    }

    /**
     * Adds every problem with {@code choices} on {@code scope}'s ballot to {@code problems}, under {@code property}
     * (the page's or document's name for this ballot's choices).
     */
    public static void check(BallotKind kind, VotingRules rules, BallotScope scope, List<Choice> choices,
                             String property, Violations problems) {
        if (choices.isEmpty()) {
            problems.add(property, "voting.ballot.empty");
            return;
        }
        Map<Long, EligiblePlan> plans = scope.plansById();
        Set<Long> seen = new HashSet<>();
        long cost = 0;
        for (Choice choice : choices) {
            EligiblePlan plan = plans.get(choice.getPlanId());
            if (plan == null) {
                problems.add(property, "voting.ballot.notOnBallot", choice.getPlanId());
                continue;
            }
            if (!fitsKind(kind, choice)) {
                problems.add(property, "voting.ballot.wrongKind");
                return;
            }
            if (!seen.add(choice.getPlanId())) {
                problems.add(property, "voting.ballot.duplicate", plan.title());
            }
            cost += plan.ballotCost().cents();
        }
        switch (kind) {
            case APPROVAL -> checkCount(rules, choices, property, problems);
            case RANKING -> {
                checkCount(rules, choices, property, problems);
                checkRanks(choices, property, problems);
            }
            case CUMULATIVE -> checkPoints(rules, choices, property, problems);
            case KNAPSACK -> checkCost(rules, scope, cost, property, problems);
        }
    }

    /** Ticks carry nothing, points only points, places only a place: a choice of another method is refused. */
    private static boolean fitsKind(BallotKind kind, Choice choice) {
        return switch (kind) {
            case APPROVAL, KNAPSACK -> choice.getPoints() == null && choice.getRank() == null;
            case CUMULATIVE -> choice.getRank() == null && choice.getPoints() != null;
            case RANKING -> choice.getPoints() == null && choice.getRank() != null;
        };
    }

    /** The least a knapsack ballot of this scope must spend. */
    public static Money minimumSpend(VotingRules rules, BallotScope scope) {
        return Money.ofCents(Math.multiplyExact(scope.budget().cents(), rules.getMinSpendPercent()) / 100);
    }

    private static void checkCount(VotingRules rules, List<Choice> choices, String property, Violations problems) {
        if (choices.size() > rules.getMaxChoices()) {
            problems.add(property, "voting.ballot.tooMany", rules.getMaxChoices());
        }
    }

    private static void checkRanks(List<Choice> choices, String property, Violations problems) {
        Set<Integer> ranks = new HashSet<>();
        for (Choice choice : choices) {
            Integer rank = choice.getRank();
            if (rank == null || rank < 1 || rank > choices.size() || !ranks.add(rank)) {
                problems.add(property, "voting.ballot.rankOrder");
                return;
            }
        }
    }

    private static void checkPoints(VotingRules rules, List<Choice> choices, String property, Violations problems) {
        long total = 0;
        for (Choice choice : choices) {
            Integer points = choice.getPoints();
            if (points == null || points < 1) {
                problems.add(property, "voting.ballot.pointsPositive");
                return;
            }
            total += points;
        }
        if (total > rules.getPoints()) {
            problems.add(property, "voting.ballot.tooManyPoints", rules.getPoints());
        }
    }

    private static void checkCost(VotingRules rules, BallotScope scope, long cost, String property,
                                  Violations problems) {
        if (cost > scope.budget().cents()) {
            problems.add(property, "voting.ballot.overBudget", euros(scope.budget()));
        } else if (cost < minimumSpend(rules, scope).cents()) {
            problems.add(property, "voting.ballot.underMinimum", euros(minimumSpend(rules, scope)));
        }
    }

    /** An amount for a message ({0,number,#,##0.00}), formatted in the reader's language. */
    private static BigDecimal euros(Money amount) {
        return BigDecimal.valueOf(amount.cents(), 2);
    }
}
