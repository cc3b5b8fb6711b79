package nl.wijkfonds.results;

import nl.wijkfonds.identity.Account;
import nl.wijkfonds.results.ResultDocument.PlanResult;
import nl.wijkfonds.shared.DomainException;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One plan after the count: the engine's outcome from the published, signed result (none before publication or for
 * a plan that was not on a ballot), the overrides beside it, and the progress notes. Whether the plan is carried out
 * follows from these: the engine's choice, unless a confirmed override says otherwise (the latest one counts). It
 * is also the one place that decides whether an override may be proposed and whether progress may be reported.
 *
 * @param engine    the plan's line in the published result, or null
 * @param overrides every override of the plan, oldest first
 * @param updates   every progress note, newest first
 */
public record PlanOutcome(long roundId, long planId, String title, boolean published, PlanResult engine,
                          List<ResultOverride> overrides, List<RealisationUpdate> updates) {

    public PlanOutcome {
        overrides = List.copyOf(overrides);
        updates = List.copyOf(updates);
    }

    public boolean isOnBallot() {
        return engine != null;
    }

    public boolean isEngineChose() {
        return engine != null && engine.chosen();
    }

    /** Whether the plan is carried out: the engine's outcome as changed by the latest confirmed override. */
    public boolean isChosen() {
        return chosen(isEngineChose(), overrides);
    }

    static boolean chosen(boolean engineChose, List<ResultOverride> overrides) {
        return overrides.stream().filter(ResultOverride::isConfirmed)
                .max(Comparator.comparing((ResultOverride o) -> o.getFourEyes().getSettledAt())
                        .thenComparing(ResultOverride::getId))
                .map(o -> o.getKind() == OverrideKind.ADD_PLAN)
                .orElse(engineChose);
    }

    public Optional<ResultOverride> pending() {
        return overrides.stream().filter(ResultOverride::isPending).findFirst();
    }

    /** The latest progress note, or null before the first. */
    public RealisationUpdate latest() {
        return updates.isEmpty() ? null : updates.get(0);
    }

    /**
     * A proposal to override the outcome: only of a published result, for a plan that was on its ballot, one at a
     * time, and only in the direction that changes something (drop a plan that is carried out, add one that is not).
     */
    ResultOverride propose(OverrideProposal proposal, Account official, Instant now) {
        refuseUnpublished("results.override.notPublished");
        if (!isOnBallot()) {
            throw new DomainException("results.override.notOnBallot");
        }
        if (pending().isPresent()) {
            throw new DomainException("results.override.alreadyPending");
        }
        if (proposal.kind() == OverrideKind.DROP_WINNER && !isChosen()) {
            throw new DomainException("results.override.notChosen", "kind");
        }
        if (proposal.kind() == OverrideKind.ADD_PLAN && isChosen()) {
            throw new DomainException("results.override.alreadyChosen", "kind");
        }
        return new ResultOverride(roundId, planId, proposal.kind(), proposal.reason(), official, now);
    }

    /**
     * A progress note (with a photo of this content type, or null): only once the result is published, and only on
     * a plan that is carried out.
     */
    RealisationUpdate report(ProgressReport report, String photoType, Account official, Instant now) {
        refuseUnpublished("results.progress.notPublished");
        if (!isChosen()) {
            throw new DomainException("results.progress.notChosen");
        }
        return new RealisationUpdate(roundId, planId, report, photoType, official, now);
    }

    private void refuseUnpublished(String key) {
        if (!published) {
            throw new DomainException(key);
        }
    }
}
