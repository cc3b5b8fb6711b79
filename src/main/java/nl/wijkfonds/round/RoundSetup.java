package nl.wijkfonds.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An official's set-up of a round: the command that creates or revises one. Rules about single values are
 * constraints here (checked by the service); rules across values — sums of budgets, order of dates, what may change
 * once voting has opened — are the {@link Round}'s own.
 */
public record RoundSetup(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}") @PlainText
        String name,
        @NotNull(message = "{validation.required}") @Min(value = 2000, message = "{validation.year}")
        @Max(value = 2100, message = "{validation.year}")
        Integer year,
        @NotNull(message = "{validation.required}") Money totalBudget,
        @NotNull(message = "{validation.required}") Money maxPlanCost,
        @NotNull(message = "{validation.required}") BallotKind votingMethod,
        @NotNull(message = "{validation.required}") @Min(value = 0, message = "{round.contactRetention.range}")
        @Max(value = 120, message = "{round.contactRetention.range}")
        Integer contactRetentionMonths,
        @NotEmpty(message = "{validation.round.themes.required}") @Valid List<ThemeSetup> themes,
        @Valid List<NeighbourhoodSetup> neighbourhoods,
        Map<Phase, LocalDate> phaseStarts) implements Serializable {

    public RoundSetup {
        themes = List.copyOf(themes);
        neighbourhoods = List.copyOf(neighbourhoods);
        phaseStarts = Map.copyOf(phaseStarts);
    }

    /** What themes and neighbourhoods have in common: {@code id} is set for existing ones. */
    public interface PartSetup {

        Long id();

        String name();

        /** The part's own share of the budget, or null. */
        Money budget();
    }

    public record ThemeSetup(
            Long id,
            @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size}") @PlainText
            String name,
            @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size}") @PlainText
            String description,
            Money budget) implements PartSetup, Serializable {
    }

    public record NeighbourhoodSetup(
            Long id,
            @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size}") @PlainText
            String name,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}")
            @Pattern(regexp = "\\s*\\d{4}(\\s*-\\s*\\d{4})?(\\s*,\\s*\\d{4}(\\s*-\\s*\\d{4})?)*\\s*",
                    message = "{validation.postcodeRanges}")
            String postcodeRanges,
            Money budget) implements PartSetup, Serializable {
    }
}
