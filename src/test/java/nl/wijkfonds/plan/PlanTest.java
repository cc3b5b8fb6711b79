package nl.wijkfonds.plan;

import nl.wijkfonds.identity.Account;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundForm;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The plan's own rules, without a server: cost lines, caps, completeness, phases and withdrawal. */
class PlanTest {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

    @Test
    void costIsTheSumOfItsLines() {
        Plan plan = draft();
        plan.revise(form(f -> {
            f.getCosts().clear();
            f.getCosts().add(new PlanForm.CostRow("Bankjes", Money.parse("1.250,50")));
            f.getCosts().add(new PlanForm.CostRow("Plantenbakken", Money.parse("749,50")));
        }), theme(), neighbourhood(), NOW);
        assertEquals(Money.ofEuros(2_000), plan.getCost());
        assertEquals(2, plan.getCosts().size());
    }

    @Test
    void costLineOfZeroOrLessIsRefused() {
        assertRefused("plan.cost.positive", "costRows:0:costAmount",
                f -> f.getCosts().get(0).setAmount(Money.ZERO));
        assertRefused("plan.cost.positive", "costRows:0:costAmount",
                f -> f.getCosts().get(0).setAmount(Money.ofCents(-1)));
    }

    @Test
    void planAboveTheRoundsMaximumIsRefused() {
        assertRefused("plan.cost.overMaximum", "costs",
                f -> f.getCosts().get(0).setAmount(Money.parse("10.000,01")));
    }

    @Test
    void planAboveItsThemesBudgetIsRefused() {
        assertRefused("plan.cost.overTheme", "costs", f -> f.getCosts().get(0).setAmount(Money.ofEuros(6_000)));
    }

    @Test
    void planAboveItsNeighbourhoodsBudgetIsRefused() {
        assertRefused("plan.cost.overNeighbourhood", "costs",
                f -> f.getCosts().get(0).setAmount(Money.ofEuros(4_000)), round().getThemes().get(1));
    }

    @Test
    void organisationMustBeNamedToSubmit() {
        Plan plan = draft();
        plan.revise(form(f -> {
            f.setSubmitterRole(SubmitterRole.ORGANISATION);
            f.setOrganisationName(" ");
        }), theme(), neighbourhood(), NOW);
        DomainException refusal = assertThrows(DomainException.class, () -> plan.submit(NOW));
        assertEquals("plan.organisation.required", refusal.messageKey());
    }

    @Test
    void submittedPlanIsFrozenWhenTheSubmissionPhaseEnds() {
        Plan plan = draft();
        plan.revise(form(f -> { }), theme(), neighbourhood(), NOW);
        plan.submit(NOW);
        plan.getRound().moveTo(Phase.REVIEW);
        DomainException refusal = assertThrows(DomainException.class,
                () -> plan.revise(form(f -> { }), theme(), neighbourhood(), NOW));
        assertEquals("plan.frozen", refusal.messageKey());
    }

    @Test
    void planCanBeWithdrawnUntilVotingOpens() {
        Plan plan = draft();
        plan.revise(form(f -> { }), theme(), neighbourhood(), NOW);
        plan.submit(NOW);
        plan.getRound().moveTo(Phase.REVIEW);
        plan.withdraw(NOW);
        assertEquals(PlanStatus.WITHDRAWN, plan.getStatus());

        Plan late = draft();
        late.revise(form(f -> { }), theme(), neighbourhood(), NOW);
        late.submit(NOW);
        late.getRound().moveTo(Phase.REVIEW);
        late.getRound().moveTo(Phase.VOTING);
        assertEquals("plan.withdraw.tooLate",
                assertThrows(DomainException.class, () -> late.withdraw(NOW)).messageKey());
    }

    @Test
    void noPlanIsStartedOutsideTheSubmissionPhase() {
        Round round = round();
        round.moveTo(Phase.REVIEW);
        assertEquals("plan.phase.closed",
                assertThrows(DomainException.class, () -> new Plan(round, account(), NOW)).messageKey());
    }

    @Test
    void slugIsReadableAscii() {
        assertEquals("meer-groen-op-het-museumplein-cafe", Plan.slug("Meer groen op het Museumplein — café!"));
        assertEquals("plan", Plan.slug("???"));
    }

    private Round sharedRound;

    private void assertRefused(String key, String field, Consumer<PlanForm> spoil) {
        assertRefused(key, field, spoil, null);
    }

    private void assertRefused(String key, String field, Consumer<PlanForm> spoil, nl.wijkfonds.round.Theme theme) {
        Plan plan = draft();
        DomainException refusal = assertThrows(DomainException.class,
                () -> plan.revise(form(spoil), theme == null ? theme() : theme, neighbourhood(), NOW));
        assertEquals(key, refusal.messageKey());
        assertEquals(field, refusal.field());
        assertEquals(Money.ZERO, plan.getCost(), "nothing changed");
    }

    private Plan draft() {
        sharedRound = round();
        return new Plan(sharedRound, account(), NOW);
    }

    private nl.wijkfonds.round.Theme theme() {
        return sharedRound.getThemes().get(0);
    }

    private nl.wijkfonds.round.Neighbourhood neighbourhood() {
        return sharedRound.getNeighbourhoods().get(0);
    }

    /** €10,000 per plan at most; theme "Groen" has €5,000 of its own, neighbourhood "Centrum" €3,000. */
    private static Round round() {
        RoundForm form = new RoundForm();
        form.setName("Testronde");
        form.setYear(2027);
        form.setTotalBudget(Money.ofEuros(100_000));
        form.setMaxPlanCost(Money.ofEuros(10_000));
        form.getThemes().add(new RoundForm.ThemeRow(null, "Groen", "Bomen", Money.ofEuros(5_000)));
        form.getThemes().add(new RoundForm.ThemeRow(null, "Samen", "Buurt", null));
        form.getNeighbourhoods().add(new RoundForm.NeighbourhoodRow(null, "Centrum", "1011", Money.ofEuros(3_000)));
        for (int i = 0; i < Phase.SCHEDULED.size(); i++) {
            form.getPhaseStarts().put(Phase.SCHEDULED.get(i), LocalDate.of(2027, 1, 1).plusWeeks(i));
        }
        Round round = new Round(form);
        round.moveTo(Phase.SUBMISSION);
        return round;
    }

    private static PlanForm form(Consumer<PlanForm> change) {
        PlanForm form = PlanForm.blank("Ans de Vries", "ans@example.nl");
        form.setTitle("Bankjes op het plein");
        form.setSummary("Drie bankjes");
        form.setDescription("Drie bankjes bij de speeltuin.");
        form.setLocation("Het plein");
        form.getCosts().get(0).setItem("Bankjes");
        form.getCosts().get(0).setAmount(Money.ofEuros(1_000));
        change.accept(form);
        return form;
    }

    private static Account account() {
        try {
            var constructor = Account.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
