package nl.wijkfonds.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an official fills in to set up or change a round. Field rules are Bean Validation constraints (shown next
 * to each field); rules that span fields (sums of budgets, order of dates) are the {@link Round}'s own.
 */
public class RoundForm implements Serializable {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    @PlainText
    private String name;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{validation.year}")
    @Max(value = 2100, message = "{validation.year}")
    private Integer year;

    @NotNull(message = "{validation.required}")
    private Money totalBudget;

    @NotNull(message = "{validation.required}")
    private Money maxPlanCost;

    @NotNull(message = "{validation.required}")
    private VotingMethod votingMethod = VotingMethod.APPROVAL;

    @NotEmpty(message = "{validation.round.themes.required}")
    @Valid
    private List<ThemeRow> themes = new ArrayList<>();

    @Valid
    private List<NeighbourhoodRow> neighbourhoods = new ArrayList<>();

    @NotNull
    private Map<Phase, LocalDate> phaseStarts = new EnumMap<>(Phase.class);

    /** What themes and neighbourhoods have in common in the form; {@code id} is set for existing ones. */
    public abstract static class Row implements Serializable {

        private Long id;

        @NotBlank(message = "{validation.required}")
        @Size(max = 80, message = "{validation.size}")
        @PlainText
        private String name;

        private Money budget;

        protected Row() {
        }

        protected Row(Long id, String name, Money budget) {
            this.id = id;
            this.name = name;
            this.budget = budget;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        /** The row's own share of the budget, or null. */
        public Money getBudget() {
            return budget;
        }

        public void setBudget(Money budget) {
            this.budget = budget;
        }
    }

    public static RoundForm blank() {
        RoundForm form = new RoundForm();
        form.themes.add(new ThemeRow());
        form.neighbourhoods.add(new NeighbourhoodRow());
        return form;
    }

    public static class ThemeRow extends Row {

        @NotBlank(message = "{validation.required}")
        @Size(max = 1000, message = "{validation.size}")
        @PlainText
        private String description;

        public ThemeRow() {
        }

        public ThemeRow(Long id, String name, String description, Money budget) {
            super(id, name, budget);
            this.description = description;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    public static class NeighbourhoodRow extends Row {

        @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{validation.size}")
        @Pattern(regexp = "\\s*\\d{4}(\\s*-\\s*\\d{4})?(\\s*,\\s*\\d{4}(\\s*-\\s*\\d{4})?)*\\s*",
                message = "{validation.postcodeRanges}")
        private String postcodeRanges;

        public NeighbourhoodRow() {
        }

        public NeighbourhoodRow(Long id, String name, String postcodeRanges, Money budget) {
            super(id, name, budget);
            this.postcodeRanges = postcodeRanges;
        }

        public String getPostcodeRanges() {
            return postcodeRanges;
        }

        public void setPostcodeRanges(String postcodeRanges) {
            this.postcodeRanges = postcodeRanges;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Money getTotalBudget() {
        return totalBudget;
    }

    public void setTotalBudget(Money totalBudget) {
        this.totalBudget = totalBudget;
    }

    public Money getMaxPlanCost() {
        return maxPlanCost;
    }

    public void setMaxPlanCost(Money maxPlanCost) {
        this.maxPlanCost = maxPlanCost;
    }

    public VotingMethod getVotingMethod() {
        return votingMethod;
    }

    public void setVotingMethod(VotingMethod votingMethod) {
        this.votingMethod = votingMethod;
    }

    public List<ThemeRow> getThemes() {
        return themes;
    }

    public List<NeighbourhoodRow> getNeighbourhoods() {
        return neighbourhoods;
    }

    /** Planned start per phase; the key set is {@link Phase#SCHEDULED}. */
    public Map<Phase, LocalDate> getPhaseStarts() {
        return phaseStarts;
    }
}
