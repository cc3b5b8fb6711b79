package nl.wijkfonds.round;

import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The round's own rules, without a server: every refusal names its reason and the property concerned. */
class RoundTest {

    @Test
    void newRoundStartsAsAnUnpublishedDraft() {
        Round round = new Round(SetupBuilder.valid().build());
        assertEquals(Phase.DRAFT, round.getPhase());
        assertEquals(false, round.isPublished());
        assertEquals(Money.ofEuros(300_000), round.getTotalBudget());
    }

    @Test
    void budgetOfZeroOrLessIsRefused() {
        assertRefused(f -> f.totalBudget = Money.ZERO, "round.budget.positive", "totalBudget");
        assertRefused(f -> f.totalBudget = Money.ofEuros(-1), "round.budget.positive", "totalBudget");
    }

    @Test
    void maximumPerPlanMustFitTheBudget() {
        assertRefused(f -> f.maxPlanCost = Money.ofEuros(300_001), "round.maxPlanCost.range", "maxPlanCost");
        assertRefused(f -> f.maxPlanCost = Money.ZERO, "round.maxPlanCost.range", "maxPlanCost");
    }

    @Test
    void sharesAddingUpToMoreThanTheTotalAreRefused() {
        assertRefused(f -> f.themeBudget(0, Money.ofEuros(200_000)).themeBudget(1, Money.ofCents(10_000_000_01L)),
                "round.shares.overTotal", "themes");
        assertRefused(f -> f.neighbourhoodBudget(0, Money.ofEuros(300_001)),
                "round.shares.overTotal", "neighbourhoods");
    }

    @Test
    void sharesAddingUpToExactlyTheTotalAreAccepted() {
        RoundSetup setup = SetupBuilder.valid().themeBudget(0, Money.ofEuros(150_000))
                .themeBudget(1, Money.ofEuros(150_000)).build();
        assertEquals(Money.ofEuros(150_000), new Round(setup).getThemes().get(1).getBudget());
    }

    @Test
    void nonPositiveShareIsRefused() {
        assertRefused(f -> f.themeBudget(0, Money.ZERO), "round.share.positive", "themes[0].budget");
    }

    @Test
    void duplicateThemeNamesAreRefused() {
        assertRefused(f -> f.themeName(1, " groen "), "round.names.duplicate", "themes[1].name");
    }

    @Test
    void phaseDatesOutOfOrderAreRefused() {
        assertRefused(f -> f.phaseStarts.put(Phase.VOTING, LocalDate.of(2026, 1, 1)),
                "round.phaseDates.order", "phaseStarts[VOTING]");
    }

    @Test
    void missingPhaseDateIsRefused() {
        assertRefused(f -> f.phaseStarts.remove(Phase.CLOSED), "round.phaseDates.missing", "phaseStarts[CLOSED]");
    }

    @Test
    void phasesMoveForwardOneStepAtATime() {
        Round round = new Round(SetupBuilder.valid().build());
        round.moveTo(Phase.SUBMISSION);
        DomainException skipped = assertThrows(DomainException.class, () -> round.moveTo(Phase.VOTING));
        assertEquals("round.phase.oneStep", skipped.messageKey());
        assertEquals(Phase.SUBMISSION, round.getPhase());
    }

    @Test
    void officialMayStepBackUntilVotingOpens() {
        Round round = new Round(SetupBuilder.valid().build());
        round.moveTo(Phase.SUBMISSION);
        round.moveTo(Phase.REVIEW);
        round.moveTo(Phase.SUBMISSION);
        assertEquals(Phase.SUBMISSION, round.getPhase());
    }

    @Test
    void noWayBackOnceVotingHasOpened() {
        Round round = inVoting();
        DomainException refused = assertThrows(DomainException.class, () -> round.moveTo(Phase.REVIEW));
        assertEquals("round.phase.noWayBack", refused.messageKey());
        assertEquals(Phase.VOTING, round.getPhase());
    }

    @Test
    void budgetIsFrozenOnceVotingHasOpened() {
        Round round = inVoting();
        SetupBuilder moreMoney = SetupBuilder.of(round);
        moreMoney.totalBudget = Money.ofEuros(400_000);
        DomainException refused = assertThrows(DomainException.class, () -> round.revise(moreMoney.build()));
        assertEquals("round.budget.frozen", refused.messageKey());
        assertEquals(Money.ofEuros(300_000), round.getTotalBudget());
    }

    @Test
    void namesAndDatesMayStillChangeDuringVoting() {
        Round round = inVoting();
        SetupBuilder renamed = SetupBuilder.of(round);
        renamed.name = "Wijkfonds West 2027 (verlengd)";
        renamed.phaseStarts.put(Phase.CLOSED, LocalDate.of(2029, 1, 1));
        round.revise(renamed.build());
        assertEquals("Wijkfonds West 2027 (verlengd)", round.getName());
    }

    @Test
    void closedRoundStaysClosed() {
        Round round = inVoting();
        for (Phase next : new Phase[]{Phase.TALLYING, Phase.RESULTS, Phase.REALISATION, Phase.CLOSED}) {
            round.moveTo(next);
        }
        assertThrows(DomainException.class, () -> round.moveTo(Phase.CLOSED));
    }

    private static Round inVoting() {
        Round round = new Round(SetupBuilder.valid().build());
        round.moveTo(Phase.SUBMISSION);
        round.moveTo(Phase.REVIEW);
        round.moveTo(Phase.VOTING);
        return round;
    }

    private static void assertRefused(Consumer<SetupBuilder> spoil, String key, String property) {
        SetupBuilder setup = SetupBuilder.valid();
        spoil.accept(setup);
        DomainException refused = assertThrows(DomainException.class, () -> new Round(setup.build()));
        assertEquals(key, refused.messageKey());
        assertEquals(property, refused.property());
    }
}
