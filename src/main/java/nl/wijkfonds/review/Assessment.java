package nl.wijkfonds.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;
import java.util.List;

/**
 * A reviewer's assessment of a plan: a verdict on every criterion of the round, with a reason wherever the plan
 * falls short, and optionally the municipality's own estimate of the cost with its reason. The outcome follows from
 * the verdicts (see {@link ReviewOutcome#of}). Rules across values are the {@link Review}'s own.
 */
public record Assessment(
        @Valid List<Verdict> verdicts,
        Money adjustedCost,
        @Size(max = 1000, message = "{validation.size}") @PlainText String costReason) implements Serializable {

    public Assessment {
        verdicts = List.copyOf(verdicts);
    }

    /** The verdict on one criterion; a reason is required unless the plan meets it. */
    public record Verdict(
            Long criterionId,
            @NotNull(message = "{review.verdict.required}") CriterionVerdict verdict,
            @Size(max = 1000, message = "{validation.size}") @PlainText String reason) implements Serializable {
    }
}
