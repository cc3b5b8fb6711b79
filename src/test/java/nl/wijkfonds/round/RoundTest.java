package nl.wijkfonds.round;

import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The round's own rules, without a server: every refusal names its reason and the field concerned. */
class RoundTest {

    @Test
    void newRoundStartsAsAnUnpublishedDraft() {
        Round round = new Round(validForm());
        assertEquals(Phase.DRAFT, round.getPhase());
        assertEquals(false, round.isPublished());
        assertEquals(Money.ofEuros(300_000), round.getTotalBudget());
    }

    @Test
    void budgetOfZeroOrLessIsRefused() {
        assertRefused(f -> f.setTotalBudget(Money.ZERO), "round.budget.positive", "totalBudget");
        assertRefused(f -> f.setTotalBudget(Money.ofEuros(-1)), "round.budget.positive", "totalBudget");
    }

    @Test
    void maximumPerPlanMustFitTheBudget() {
        assertRefused(f -> f.setMaxPlanCost(Money.ofEuros(300_001)), "round.maxPlanCost.range", "maxPlanCost");
        assertRefused(f -> f.setMaxPlanCost(Money.ZERO), "round.maxPlanCost.range", "maxPlanCost");
    }

    @Test
    void sharesAddingUpToMoreThanTheTotalAreRefused() {
        assertRefused(f -> {
            f.getThemes().get(0).setBudget(Money.ofEuros(200_000));
            f.getThemes().get(1).setBudget(Money.ofCents(10_000_000_01L));
        }, "round.shares.overTotal", "themes");
        assertRefused(f -> f.getNeighbourhoods().get(0).setBudget(Money.ofEuros(300_001)),
                "round.shares.overTotal", "neighbourhoods");
    }

    @Test
    void sharesAddingUpToExactlyTheTotalAreAccepted() {
        RoundForm form = validForm();
        form.getThemes().get(0).setBudget(Money.ofEuros(150_000));
        form.getThemes().get(1).setBudget(Money.ofEuros(150_000));
        assertEquals(Money.ofEuros(150_000), new Round(form).getThemes().get(1).getBudget());
    }

    @Test
    void nonPositiveShareIsRefused() {
        assertRefused(f -> f.getThemes().get(0).setBudget(Money.ZERO), "round.share.positive", "themes");
    }

    @Test
    void duplicateThemeNamesAreRefused() {
        assertRefused(f -> f.getThemes().get(1).setName(" groen "), "round.names.duplicate", "themes");
    }

    @Test
    void phaseDatesOutOfOrderAreRefused() {
        assertRefused(f -> f.getPhaseStarts().put(Phase.VOTING, LocalDate.of(2026, 1, 1)),
                "round.phaseDates.order", "phaseStarts");
    }

    @Test
    void missingPhaseDateIsRefused() {
        assertRefused(f -> f.getPhaseStarts().remove(Phase.CLOSED), "round.phaseDates.missing", "phaseStarts");
    }

    @Test
    void phasesMoveForwardOneStepAtATime() {
        Round round = new Round(validForm());
        round.moveTo(Phase.SUBMISSION);
        DomainException skipped = assertThrows(DomainException.class, () -> round.moveTo(Phase.VOTING));
        assertEquals("round.phase.oneStep", skipped.messageKey());
        assertEquals(Phase.SUBMISSION, round.getPhase());
    }

    @Test
    void officialMayStepBackUntilVotingOpens() {
        Round round = new Round(validForm());
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
        RoundForm moreMoney = round.toForm();
        moreMoney.setTotalBudget(Money.ofEuros(400_000));
        DomainException refused = assertThrows(DomainException.class, () -> round.revise(moreMoney));
        assertEquals("round.budget.frozen", refused.messageKey());
        assertEquals(Money.ofEuros(300_000), round.getTotalBudget());
    }

    @Test
    void namesAndDatesMayStillChangeDuringVoting() {
        Round round = inVoting();
        RoundForm renamed = round.toForm();
        renamed.setName("Wijkfonds West 2027 (verlengd)");
        renamed.getPhaseStarts().put(Phase.CLOSED, LocalDate.of(2029, 1, 1));
        round.revise(renamed);
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
        Round round = new Round(validForm());
        round.moveTo(Phase.SUBMISSION);
        round.moveTo(Phase.REVIEW);
        round.moveTo(Phase.VOTING);
        return round;
    }

    private static void assertRefused(Consumer<RoundForm> spoil, String key, String field) {
        RoundForm form = validForm();
        spoil.accept(form);
        DomainException refused = assertThrows(DomainException.class, () -> new Round(form));
        assertEquals(key, refused.messageKey());
        assertEquals(field, refused.field());
    }

    static RoundForm validForm() {
        RoundForm form = new RoundForm();
        form.setName("Wijkfonds West 2027");
        form.setYear(2027);
        form.setTotalBudget(Money.ofEuros(300_000));
        form.setMaxPlanCost(Money.ofEuros(50_000));
        form.getThemes().add(new RoundForm.ThemeRow(null, "Groen", "Bomen en planten", null));
        form.getThemes().add(new RoundForm.ThemeRow(null, "Samen", "Ontmoeting", null));
        form.getNeighbourhoods().add(new RoundForm.NeighbourhoodRow(null, "Oud-West", "1052-1054", null));
        LocalDate start = LocalDate.of(2027, 1, 11);
        for (int i = 0; i < Phase.SCHEDULED.size(); i++) {
            form.getPhaseStarts().put(Phase.SCHEDULED.get(i), start.plusWeeks(4L * i));
        }
        return form;
    }
}
