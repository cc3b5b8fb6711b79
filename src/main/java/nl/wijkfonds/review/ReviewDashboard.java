package nl.wijkfonds.review;

import nl.wijkfonds.round.Round;
import nl.wijkfonds.shared.Money;

import java.util.List;
import java.util.Map;

/**
 * A round's review progress for officials: counts, the plans, the money per theme and neighbourhood, and the plans
 * that go on the ballot so far.
 */
public record ReviewDashboard(Round round, boolean hasCriteria, Map<ReviewProgress, Long> counts,
                             List<ReviewRow> plans, List<MoneyLine> byTheme, List<MoneyLine> byNeighbourhood,
                             List<EligiblePlan> ballot) {

    /** What the plans on the ballot cost together. */
    public Money ballotTotal() {
        return ballot.stream().map(EligiblePlan::ballotCost).reduce(Money.ZERO, Money::plus);
    }

    /** Decisions that wait for a second pair of eyes. */
    public List<ReviewRow> awaitingConfirmation() {
        return plans.stream().filter(p -> p.progress() == ReviewProgress.AWAITING_CONFIRMATION).toList();
    }

    public List<ReviewRow> overdue() {
        return plans.stream().filter(ReviewRow::overdue).toList();
    }
}
