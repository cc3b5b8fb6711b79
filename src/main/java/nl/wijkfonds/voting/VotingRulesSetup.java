package nl.wijkfonds.voting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/** An official's choice of the voting method's numbers for a round, before voting opens. */
public record VotingRulesSetup(
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.voting.maxChoices}")
        @Max(value = 100, message = "{validation.voting.maxChoices}")
        Integer maxChoices,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.voting.points}")
        @Max(value = 1000, message = "{validation.voting.points}")
        Integer points,
        @NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.voting.minSpend}")
        @Max(value = 100, message = "{validation.voting.minSpend}")
        Integer minSpendPercent,
        @NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.voting.minimumAge}")
        @Max(value = 120, message = "{validation.voting.minimumAge}")
        Integer minimumAge) implements Serializable {
}
