package nl.wijkfonds.round;

import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A round set-up that tests change one value at a time before they build the command. */
public final class SetupBuilder {

    public String name = "Wijkfonds West 2027";
    public Integer year = 2027;
    public Money totalBudget = Money.ofEuros(300_000);
    public Money maxPlanCost = Money.ofEuros(50_000);
    public Integer contactRetentionMonths = Round.DEFAULT_CONTACT_RETENTION_MONTHS;
    public BallotKind votingMethod = BallotKind.APPROVAL;
    public final List<RoundSetup.ThemeSetup> themes = new ArrayList<>();
    public final List<RoundSetup.NeighbourhoodSetup> neighbourhoods = new ArrayList<>();
    public final Map<Phase, LocalDate> phaseStarts = new EnumMap<>(Phase.class);

    /** Two themes, one neighbourhood, phases four weeks apart from 11 January 2027. */
    public static SetupBuilder valid() {
        SetupBuilder setup = new SetupBuilder();
        setup.themes.add(new RoundSetup.ThemeSetup(null, "Groen", "Bomen en planten", null));
        setup.themes.add(new RoundSetup.ThemeSetup(null, "Samen", "Ontmoeting", null));
        setup.neighbourhoods.add(new RoundSetup.NeighbourhoodSetup(null, "Oud-West", "1052-1054", null));
        LocalDate start = LocalDate.of(2027, 1, 11);
        for (int i = 0; i < Phase.SCHEDULED.size(); i++) {
            setup.phaseStarts.put(Phase.SCHEDULED.get(i), start.plusWeeks(4L * i));
        }
        return setup;
    }

    /** The round's current set-up, to change and apply again. */
    public static SetupBuilder of(Round round) {
        SetupBuilder setup = new SetupBuilder();
        setup.name = round.getName();
        setup.year = round.getYear();
        setup.totalBudget = round.getTotalBudget();
        setup.maxPlanCost = round.getMaxPlanCost();
        setup.votingMethod = round.getVotingMethod();
        round.getThemes().forEach(t -> setup.themes.add(
                new RoundSetup.ThemeSetup(t.getId(), t.getName(), t.getDescription(), t.getBudget())));
        round.getNeighbourhoods().forEach(n -> setup.neighbourhoods.add(
                new RoundSetup.NeighbourhoodSetup(n.getId(), n.getName(), n.getPostcodeRanges(), n.getBudget())));
        setup.phaseStarts.putAll(round.getPhaseStarts());
        return setup;
    }

    public SetupBuilder themeBudget(int index, Money budget) {
        RoundSetup.ThemeSetup theme = themes.get(index);
        themes.set(index, new RoundSetup.ThemeSetup(theme.id(), theme.name(), theme.description(), budget));
        return this;
    }

    public SetupBuilder themeName(int index, String name) {
        RoundSetup.ThemeSetup theme = themes.get(index);
        themes.set(index, new RoundSetup.ThemeSetup(theme.id(), name, theme.description(), theme.budget()));
        return this;
    }

    public SetupBuilder neighbourhoodBudget(int index, Money budget) {
        RoundSetup.NeighbourhoodSetup part = neighbourhoods.get(index);
        neighbourhoods.set(index,
                new RoundSetup.NeighbourhoodSetup(part.id(), part.name(), part.postcodeRanges(), budget));
        return this;
    }

    public RoundSetup build() {
        return new RoundSetup(name, year, totalBudget, maxPlanCost, votingMethod, contactRetentionMonths, themes,
                neighbourhoods, phaseStarts);
    }
}
