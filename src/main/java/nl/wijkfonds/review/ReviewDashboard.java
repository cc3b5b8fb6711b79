package nl.wijkfonds.review;

import nl.wijkfonds.round.Round;

import java.util.List;
import java.util.Map;

/** A round's review progress for officials: counts, the plans, and the money per theme and neighbourhood. */
public record ReviewDashboard(Round round, boolean hasCriteria, Map<ReviewProgress, Long> counts,
                             List<ReviewRow> plans, List<MoneyLine> byTheme, List<MoneyLine> byNeighbourhood) {

    /** Decisions that wait for a second pair of eyes. */
    public List<ReviewRow> awaitingConfirmation() {
        return plans.stream().filter(p -> p.progress() == ReviewProgress.AWAITING_CONFIRMATION).toList();
    }

    public List<ReviewRow> overdue() {
        return plans.stream().filter(ReviewRow::overdue).toList();
    }
}
