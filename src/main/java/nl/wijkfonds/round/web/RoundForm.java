package nl.wijkfonds.round.web;

import nl.wijkfonds.round.Neighbourhood;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundSetup;
import nl.wijkfonds.round.Theme;
import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.web.TypedInput;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the official types into the round editor, as typed (amounts, year and dates as text), so that a mistake in
 * one field never loses the others. {@link #toSetup} reads it into the command the service takes.
 */
public class RoundForm implements Serializable {

    private String name;
    private String year;
    private String totalBudget;
    private String maxPlanCost;
    private BallotKind votingMethod = BallotKind.APPROVAL;
    private String contactRetentionMonths = String.valueOf(Round.DEFAULT_CONTACT_RETENTION_MONTHS);
    private final List<ThemeRow> themes = new ArrayList<>();
    private final List<NeighbourhoodRow> neighbourhoods = new ArrayList<>();
    private final Map<Phase, String> phaseStarts = new EnumMap<>(Phase.class);

    /** A theme or neighbourhood as typed; {@code id} is set for existing ones. */
    public abstract static class Row implements Serializable {

        private Long id;
        private String name;
        private String budget;

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getBudget() {
            return budget;
        }

        public void setBudget(String budget) {
            this.budget = budget;
        }

        void fill(Long id, String name, String budget) {
            this.id = id;
            this.name = name;
            this.budget = budget;
        }
    }

    public static class ThemeRow extends Row {

        private String description;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    public static class NeighbourhoodRow extends Row {

        private String postcodeRanges;

        public String getPostcodeRanges() {
            return postcodeRanges;
        }

        public void setPostcodeRanges(String postcodeRanges) {
            this.postcodeRanges = postcodeRanges;
        }
    }

    /** An empty form with one theme and one neighbourhood to fill in. */
    public static RoundForm blank() {
        RoundForm form = new RoundForm();
        form.themes.add(new ThemeRow());
        form.neighbourhoods.add(new NeighbourhoodRow());
        return form;
    }

    /** The round's set-up as the editor shows it, amounts in the person's own notation. */
    public static RoundForm of(Round round, Locale locale) {
        RoundForm form = new RoundForm();
        form.name = round.getName();
        form.year = String.valueOf(round.getYear());
        form.totalBudget = TypedInput.show(round.getTotalBudget(), locale);
        form.maxPlanCost = TypedInput.show(round.getMaxPlanCost(), locale);
        form.votingMethod = round.getVotingMethod();
        form.contactRetentionMonths = String.valueOf(round.getContactRetentionMonths());
        for (Theme theme : round.getThemes()) {
            ThemeRow row = new ThemeRow();
            row.fill(theme.getId(), theme.getName(), TypedInput.show(theme.getBudget(), locale));
            row.description = theme.getDescription();
            form.themes.add(row);
        }
        for (Neighbourhood neighbourhood : round.getNeighbourhoods()) {
            NeighbourhoodRow row = new NeighbourhoodRow();
            row.fill(neighbourhood.getId(), neighbourhood.getName(), TypedInput.show(neighbourhood.getBudget(), locale));
            row.postcodeRanges = neighbourhood.getPostcodeRanges();
            form.neighbourhoods.add(row);
        }
        round.getPhaseStarts().forEach((phase, date) -> form.phaseStarts.put(phase, date.toString()));
        return form;
    }

    /** The command, with every value that could not be read left out and remembered by {@code input}. */
    public RoundSetup toSetup(TypedInput input) {
        List<RoundSetup.ThemeSetup> themeSetups = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            ThemeRow row = themes.get(i);
            themeSetups.add(new RoundSetup.ThemeSetup(row.getId(), row.getName(), row.description,
                    input.money("themes[" + i + "].budget", row.getBudget())));
        }
        List<RoundSetup.NeighbourhoodSetup> neighbourhoodSetups = new ArrayList<>();
        for (int i = 0; i < neighbourhoods.size(); i++) {
            NeighbourhoodRow row = neighbourhoods.get(i);
            neighbourhoodSetups.add(new RoundSetup.NeighbourhoodSetup(row.getId(), row.getName(), row.postcodeRanges,
                    input.money("neighbourhoods[" + i + "].budget", row.getBudget())));
        }
        Map<Phase, LocalDate> starts = new EnumMap<>(Phase.class);
        phaseStarts.forEach((phase, typed) -> {
            LocalDate date = input.date("phaseStarts[" + phase + "]", typed);
            if (date != null) {
                starts.put(phase, date);
            }
        });
        return new RoundSetup(name, input.number("year", year), input.money("totalBudget", totalBudget),
                input.money("maxPlanCost", maxPlanCost), votingMethod,
                input.number("contactRetentionMonths", contactRetentionMonths), themeSetups, neighbourhoodSetups, starts);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getTotalBudget() {
        return totalBudget;
    }

    public void setTotalBudget(String totalBudget) {
        this.totalBudget = totalBudget;
    }

    public String getContactRetentionMonths() {
        return contactRetentionMonths;
    }

    public void setContactRetentionMonths(String contactRetentionMonths) {
        this.contactRetentionMonths = contactRetentionMonths;
    }

    public String getMaxPlanCost() {
        return maxPlanCost;
    }

    public void setMaxPlanCost(String maxPlanCost) {
        this.maxPlanCost = maxPlanCost;
    }

    public BallotKind getVotingMethod() {
        return votingMethod;
    }

    public void setVotingMethod(BallotKind votingMethod) {
        this.votingMethod = votingMethod;
    }

    public List<ThemeRow> getThemes() {
        return themes;
    }

    public List<NeighbourhoodRow> getNeighbourhoods() {
        return neighbourhoods;
    }

    /** Planned start per phase, as typed (ISO dates from the date fields). */
    public Map<Phase, String> getPhaseStarts() {
        return phaseStarts;
    }
}
