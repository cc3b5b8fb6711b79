package nl.wijkfonds.review;

import nl.wijkfonds.platform.Clocks;
import nl.wijkfonds.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision that took effect, as everyone may read it: the verdict and reason per criterion, the cost, and when.
 * Who reviewed and confirmed it is left out: the district decides, not a named official.
 */
public record PublicDecision(ReviewStage stage, ReviewOutcome outcome, Instant decidedAt, List<Line> verdicts,
                             Money originalCost, Money adjustedCost, String costReason, LocalDate changesDueOn) {

    /** The day it took effect, in Amsterdam. */
    public LocalDate decidedOn() {
        return LocalDate.ofInstant(decidedAt, Clocks.AMSTERDAM);
    }

    public record Line(String criterion, String explanation, CriterionVerdict verdict, String reason) {
    }

    static PublicDecision of(ReviewDecision decision) {
        return new PublicDecision(decision.getStage(), decision.getOutcome(), decision.getFourEyes().getSettledAt(),
                decision.verdictLines(),
                decision.getOriginalCost(), decision.getAdjustedCost(), decision.getCostReason(),
                decision.getChangesDueOn());
    }
}
