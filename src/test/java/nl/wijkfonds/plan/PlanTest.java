package nl.wijkfonds.plan;

import nl.wijkfonds.identity.Account;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundSetup;
import nl.wijkfonds.round.SetupBuilder;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.InvalidInput;
import nl.wijkfonds.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
            f.costs.clear();
            f.costs.add(new PlanDraft.CostLine("Bankjes", Money.parse("1.250,50")));
            f.costs.add(new PlanDraft.CostLine("Plantenbakken", Money.parse("749,50")));
        }), theme(), neighbourhood(), NOW);
        assertEquals(Money.ofEuros(2_000), plan.getCost());
        assertEquals(2, plan.getCosts().size());
    }

    @Test
    void costLineOfZeroOrLessIsRefused() {
        assertRefused("plan.cost.positive", "costs[0].amount", f -> f.amount(0, Money.ZERO));
        assertRefused("plan.cost.positive", "costs[0].amount", f -> f.amount(0, Money.ofCents(-1)));
    }

    @Test
    void planAboveTheRoundsMaximumIsRefused() {
        assertRefused("plan.cost.overMaximum", "costs",
                f -> f.amount(0, Money.parse("10.000,01")));
    }

    @Test
    void planAboveItsThemesBudgetIsRefused() {
        assertRefused("plan.cost.overTheme", "costs", f -> f.amount(0, Money.ofEuros(6_000)));
    }

    @Test
    void planAboveItsNeighbourhoodsBudgetIsRefused() {
        assertRefused("plan.cost.overNeighbourhood", "costs",
                f -> f.amount(0, Money.ofEuros(4_000)), round().getThemes().get(1));
    }

    @Test
    void organisationMustBeNamedToSubmit() {
        Plan plan = draft();
        plan.revise(form(f -> {
            f.submitterRole = SubmitterRole.ORGANISATION;
            f.organisationName = " ";
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
    void draftIsDeletedNotWithdrawn() {
        Plan plan = draft();
        plan.revise(form(f -> { }), theme(), neighbourhood(), NOW);
        assertEquals("plan.withdraw.draft",
                assertThrows(DomainException.class, () -> plan.withdraw(NOW)).messageKey());
        assertEquals(PlanStatus.DRAFT, plan.getStatus());
    }

    @Test
    void everyBadCostLineIsReportedAtOnce() {
        Plan plan = draft();
        InvalidInput refusal = assertThrows(InvalidInput.class, () -> plan.revise(form(f -> {
            f.costs.clear();
            f.costs.add(new PlanDraft.CostLine(" ", Money.ofEuros(10)));
            f.costs.add(new PlanDraft.CostLine(null, null));
            f.costs.add(new PlanDraft.CostLine("Verf", null));
        }), theme(), neighbourhood(), NOW));
        assertEquals(List.of("costs[0].item", "costs[2].amount"),
                refusal.violations().stream().map(v -> v.property()).toList());
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

    private void assertRefused(String key, String property, Consumer<DraftBuilder> spoil) {
        assertRefused(key, property, spoil, null);
    }

    private void assertRefused(String key, String property, Consumer<DraftBuilder> spoil,
                               nl.wijkfonds.round.Theme theme) {
        Plan plan = draft();
        DomainException refusal = assertThrows(DomainException.class,
                () -> plan.revise(form(spoil), theme == null ? theme() : theme, neighbourhood(), NOW));
        assertEquals(key, refusal.messageKey());
        assertEquals(property, refusal.property());
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
        SetupBuilder setup = SetupBuilder.valid();
        setup.name = "Testronde";
        setup.totalBudget = Money.ofEuros(100_000);
        setup.maxPlanCost = Money.ofEuros(10_000);
        setup.themes.clear();
        setup.themes.add(new RoundSetup.ThemeSetup(null, "Groen", "Bomen", Money.ofEuros(5_000)));
        setup.themes.add(new RoundSetup.ThemeSetup(null, "Samen", "Buurt", null));
        setup.neighbourhoods.clear();
        setup.neighbourhoods.add(new RoundSetup.NeighbourhoodSetup(null, "Centrum", "1011", Money.ofEuros(3_000)));
        Round round = new Round(setup.build());
        round.moveTo(Phase.SUBMISSION);
        return round;
    }

    /** A complete plan of one cost line, that each test changes one thing of. */
    private static final class DraftBuilder {

        String title = "Bankjes op het plein";
        SubmitterRole submitterRole = SubmitterRole.RESIDENT;
        String organisationName;
        final List<PlanDraft.CostLine> costs = new ArrayList<>(List.of(
                new PlanDraft.CostLine("Bankjes", Money.ofEuros(1_000))));

        void amount(int line, Money amount) {
            costs.set(line, new PlanDraft.CostLine(costs.get(line).item(), amount));
        }

        PlanDraft build() {
            return new PlanDraft(title, "Drie bankjes", "Drie bankjes bij de speeltuin.", null, null, "Het plein",
                    submitterRole, organisationName, "Ans de Vries", "ans@example.nl", null, costs, List.of());
        }
    }

    private static PlanDraft form(Consumer<DraftBuilder> change) {
        DraftBuilder draft = new DraftBuilder();
        change.accept(draft);
        return draft.build();
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
