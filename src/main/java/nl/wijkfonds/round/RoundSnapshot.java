package nl.wijkfonds.round;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A round's state in plain values, as the audit log keeps it before and after each change. */
public record RoundSnapshot(String name, int year, long totalBudgetCents, long maxPlanCostCents, String votingMethod,
                            int contactRetentionMonths, String phase, List<ThemeState> themes, List<NeighbourhoodState> neighbourhoods,
                            Map<String, String> phaseStarts) {

    public record ThemeState(Long id, String name, String description, Long budgetCents) {
    }

    public record NeighbourhoodState(Long id, String name, String postcodeRanges, Long budgetCents) {
    }

    static RoundSnapshot of(Round round) {
        Map<String, String> starts = new TreeMap<>();
        round.getPhaseStarts().forEach((phase, date) -> starts.put(phase.name(), date.toString()));
        return new RoundSnapshot(round.getName(), round.getYear(), round.getTotalBudget().cents(),
                round.getMaxPlanCost().cents(), round.getVotingMethod().name(), round.getContactRetentionMonths(), round.getPhase().name(),
                round.getThemes().stream().map(t -> new ThemeState(t.getId(), t.getName(), t.getDescription(),
                        t.getBudget() == null ? null : t.getBudget().cents())).toList(),
                round.getNeighbourhoods().stream().map(n -> new NeighbourhoodState(n.getId(), n.getName(),
                        n.getPostcodeRanges(), n.getBudget() == null ? null : n.getBudget().cents())).toList(),
                starts);
    }
}
