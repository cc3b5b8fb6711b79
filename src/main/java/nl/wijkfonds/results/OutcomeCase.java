package nl.wijkfonds.results;

/** One plan's outcome as the signed-in official works on it, with what they may do now. */
public record OutcomeCase(PlanOutcome outcome, Abilities may) {

    /** Propose an override; confirm or reject a colleague's pending one; write a progress note. */
    public record Abilities(boolean propose, boolean settle, boolean report) {
    }
}
