package nl.wijkfonds.allocation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of running one rule on one round: the chosen projects in the order they were chosen, their
 * total cost, an {@link Explanation} for every project of the instance (in instance order), every tie the
 * tie-break decided, and notes on the run as a whole (for example which budget a completion kept).
 * {@code budget}, {@code totalCost} and project costs are amounts of the instance, with {@code decimals}
 * decimals (see {@link Instance#decimals()}); {@link #inCurrency} turns them into currency units.
 */
public record Outcome(String rule, String tieBreak, long budget, int decimals, List<Project> selected, long totalCost,
                      List<Explanation> explanations, List<Tie> ties, List<String> notes) {

    public Outcome {
        selected = List.copyOf(selected);
        explanations = List.copyOf(explanations);
        ties = List.copyOf(ties);
        notes = List.copyOf(notes);
    }

    /** An amount of this outcome as a decimal number of currency units: 2140 with 2 decimals is 21.40. */
    public BigDecimal inCurrency(long amount) {
        return BigDecimal.valueOf(amount, decimals);
    }

    /** Ids of the chosen projects, sorted as strings (the way the reference outcomes list them). */
    public List<String> selectedIds() {
        return selected.stream().map(Project::id).sorted().toList();
    }
}
