package nl.wijkfonds.results;

import nl.wijkfonds.results.ResultDocument.PlanResult;
import nl.wijkfonds.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When an outcome may be overridden and progress reported; who settles it is checked in ResultsIT. */
class PlanOutcomeTest {

    private static final Instant NOW = Instant.parse("2027-06-01T10:00:00Z");
    private static final OverrideProposal DROP = new OverrideProposal(OverrideKind.DROP_WINNER, "Geen vergunning.");
    private static final OverrideProposal ADD = new OverrideProposal(OverrideKind.ADD_PLAN, "In plaats van de speeltuin.");
    private static final ProgressReport BEGUN = new ProgressReport(Progress.IN_PROGRESS, LocalDate.of(2027, 6, 1),
            "De aannemer is begonnen.");

    @Test
    void nothingIsOverriddenOrReportedBeforeTheResultIsPublished() {
        PlanOutcome unpublished = new PlanOutcome(1, 7, "Speeltuin", false, null, List.of(), List.of());
        assertEquals("results.override.notPublished",
                assertThrows(DomainException.class, () -> unpublished.propose(DROP, null, NOW)).messageKey());
        assertEquals("results.progress.notPublished",
                assertThrows(DomainException.class, () -> unpublished.report(BEGUN, null, null, NOW)).messageKey());
    }

    @Test
    void aPlanThatWasNotOnABallotCannotBeOverridden() {
        PlanOutcome offBallot = new PlanOutcome(1, 7, "Speeltuin", true, null, List.of(), List.of());
        assertEquals("results.override.notOnBallot",
                assertThrows(DomainException.class, () -> offBallot.propose(ADD, null, NOW)).messageKey());
    }

    @Test
    void anOverrideMustChangeSomething() {
        PlanOutcome winner = outcome(true, List.of());
        DomainException refused = assertThrows(DomainException.class, () -> winner.propose(ADD, null, NOW));
        assertEquals("results.override.alreadyChosen", refused.messageKey());
        assertEquals("kind", refused.property());
        assertEquals("results.override.notChosen",
                assertThrows(DomainException.class, () -> outcome(false, List.of()).propose(DROP, null, NOW))
                        .messageKey());
        ResultOverride drop = winner.propose(DROP, null, NOW);
        assertEquals(OverrideKind.DROP_WINNER, drop.getKind());
        assertEquals("Geen vergunning.", drop.getReason());
        assertTrue(drop.isPending());
    }

    @Test
    void oneProposalWaitsAtATimeAndItChangesNothingUntilConfirmed() {
        ResultOverride pending = outcome(true, List.of()).propose(DROP, null, NOW);
        PlanOutcome waiting = outcome(true, List.of(pending));
        assertTrue(waiting.isChosen(), "a proposal alone changes nothing");
        assertEquals("results.override.alreadyPending",
                assertThrows(DomainException.class, () -> waiting.propose(DROP, null, NOW)).messageKey());
    }

    @Test
    void progressIsReportedOnlyOnAPlanThatIsCarriedOut() {
        assertEquals("results.progress.notChosen",
                assertThrows(DomainException.class, () -> outcome(false, List.of()).report(BEGUN, null, null, NOW))
                        .messageKey());
        RealisationUpdate update = outcome(true, List.of()).report(BEGUN, null, null, NOW);
        assertEquals(Progress.IN_PROGRESS, update.getProgress());
        assertEquals("De aannemer is begonnen.", update.getReport());
    }

    @Test
    void withoutConfirmedOverridesTheEnginesChoiceStands() {
        assertTrue(outcome(true, List.of()).isChosen());
        assertFalse(outcome(false, List.of()).isChosen());
    }

    private static PlanOutcome outcome(boolean chosen, List<ResultOverride> overrides) {
        PlanResult engine = new PlanResult(7, "Speeltuin", "Spelen", "Oud-West", 4_000_000, 3, chosen, chosen ? 1 : 0,
                "mes", chosen ? "chosen" : "not-affordable", Map.of(), "uitleg", "explanation");
        return new PlanOutcome(1, 7, "Speeltuin", true, engine, overrides, List.of());
    }
}
