package nl.wijkfonds.results;

import nl.wijkfonds.results.ResultDocument.PlanResult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What everyone reads under a round's published result: each confirmed override beside the engine's outcome for the
 * plan, and how far each plan that is carried out has come.
 */
public record RoundOutcome(List<OverrideLine> overrides, List<RealisationLine> realisation) {

    public static final RoundOutcome NONE = new RoundOutcome(List.of(), List.of());

    public RoundOutcome {
        overrides = List.copyOf(overrides);
        realisation = List.copyOf(realisation);
    }

    /** A confirmed override: the engine's line for the plan, what was changed, why and when. */
    public record OverrideLine(PlanResult engine, OverrideKind kind, String reason, Instant confirmedAt) {
    }

    /** A plan that is carried out, with its latest progress (null before the first note). */
    public record RealisationLine(long planId, String title, Progress progress, LocalDate notedOn, String report) {
    }
}
