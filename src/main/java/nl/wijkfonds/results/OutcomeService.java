package nl.wijkfonds.results;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.plan.FileContent;
import nl.wijkfonds.plan.FileKind;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanUpload;
import nl.wijkfonds.plan.PlanStatus;
import nl.wijkfonds.results.ResultDocument.PlanResult;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.ForbiddenException;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.shared.Validation;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The use cases after a round's result is published: officials propose overrides of the outcome for a plan and a
 * second official confirms or rejects them (four eyes), officials report the progress of the plans that are carried
 * out, and everyone reads both beside the signed result, which none of this changes. Each change writes its audit
 * event about the plan, so that a plan's trail tells its whole story.
 */
@Stateless
public class OutcomeService {

    private static final String PLAN = "plan";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ResultService results;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Validation validation;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * One plan's outcome as the signed-in official works on it; any submitted plan (drafts are not known to exist).
     * Nobody is offered to settle their own proposal.
     */
    @RolesAllowed(Role.OFFICIAL)
    public OutcomeCase outcomeCase(long planId) {
        PlanOutcome outcome = outcomeOf(plan(planId));
        Account me = me();
        return new OutcomeCase(outcome, new OutcomeCase.Abilities(
                outcome.published() && outcome.isOnBallot() && outcome.pending().isEmpty(),
                outcome.pending().filter(o -> !o.isProposedBy(me)).isPresent(),
                outcome.published() && outcome.isChosen()));
    }

    /** An official proposes to drop a winner or add a plan, with a reason; it waits for a second official. */
    @RolesAllowed(Role.OFFICIAL)
    public ResultOverride propose(long planId, OverrideProposal proposal) {
        validation.check(proposal);
        PlanOutcome outcome = lockedOutcome(planId);
        ResultOverride override = outcome.propose(proposal, me(), now());
        em.persist(override);
        em.flush();
        auditLog.record("results.override-proposed", PLAN, planId, null, override.snapshot());
        return override;
    }

    /** A second official confirms the plan's pending override: from now on it is shown beside the result. */
    @RolesAllowed(Role.OFFICIAL)
    public ResultOverride confirm(long planId) {
        ResultOverride override = pendingOf(planId);
        ResultOverride.Snapshot before = override.snapshot();
        override.confirm(me(), now());
        em.flush();
        auditLog.record("results.override-confirmed", PLAN, planId, before, override.snapshot());
        return override;
    }

    /** A second official rejects the plan's pending override, with a note; the engine's outcome stands. */
    @RolesAllowed(Role.OFFICIAL)
    public ResultOverride reject(long planId, OverrideRejection rejection) {
        validation.check(rejection);
        ResultOverride override = pendingOf(planId);
        ResultOverride.Snapshot before = override.snapshot();
        override.reject(me(), rejection.note(), now());
        em.flush();
        auditLog.record("results.override-rejected", PLAN, planId, before, override.snapshot());
        return override;
    }

    /**
     * An official writes a dated progress note on a plan that is carried out, never about a day still to come;
     * perhaps with a photo (null for none) that the plan upload inspection accepted and cleaned.
     */
    @RolesAllowed(Role.OFFICIAL)
    public RealisationUpdate report(long planId, ProgressReport report, PlanUpload photo) {
        validation.check(report);
        if (report.notedOn().isAfter(LocalDate.now(clock))) {
            throw new DomainException("results.progress.future", "notedOn");
        }
        if (photo != null && photo.kind() != FileKind.IMAGE) {
            throw new DomainException("results.progress.photoNotImage", "files");
        }
        RealisationUpdate update = outcomeOf(plan(planId)).report(report, photo == null ? null : photo.contentType(),
                me(), now());
        em.persist(update);
        em.flush();
        if (photo != null) {
            em.persist(new RealisationPhoto(update.getId(), photo.content(), photo.thumbnail()));
            em.flush();
        }
        auditLog.record("results.progress-reported", PLAN, planId, null, update.snapshot());
        return update;
    }

    /**
     * The photo of a progress note (or its thumbnail), for everyone once the plan's round has a published result;
     * empty otherwise, as for a note without a photo.
     */
    @PermitAll
    public Optional<FileContent> photo(long updateId, boolean thumbnail) {
        RealisationUpdate update = em.find(RealisationUpdate.class, updateId);
        if (update == null || !update.isWithPhoto() || progressOf(update.getPlanId()).isEmpty()) {
            return Optional.empty();
        }
        RealisationPhoto photo = em.find(RealisationPhoto.class, updateId);
        return Optional.of(thumbnail
                ? new FileContent("image/jpeg", photo.getThumbnail(), "foto-" + updateId + ".jpg", FileKind.IMAGE)
                : new FileContent(update.getPhotoType(), photo.getContent(),
                        "foto-" + updateId + "." + update.getPhotoType().substring("image/".length()), FileKind.IMAGE));
    }

    /** A plan's progress notes, newest first, for its public page; none before its round's result is published. */
    @PermitAll
    public List<RealisationUpdate> progressOf(long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || !plan.getStatus().isPublic() || results.publishedRow(plan.getRound().getId()).isEmpty()) {
            return List.of();
        }
        return updatesOf(planId);
    }

    /** The confirmed overrides and the progress of every plan carried out, under a round's published result. */
    @PermitAll
    public RoundOutcome ofRound(long roundId) {
        Optional<ResultDocument> document = results.published(roundId);
        if (document.isEmpty()) {
            return RoundOutcome.NONE;
        }
        Map<Long, List<ResultOverride>> overrides = em.createQuery("select o from ResultOverride o"
                        + " where o.roundId = :round order by o.fourEyes.proposedAt, o.id", ResultOverride.class)
                .setParameter("round", roundId).getResultStream()
                .collect(Collectors.groupingBy(ResultOverride::getPlanId));
        Map<Long, RealisationUpdate> latest = new HashMap<>();
        em.createQuery("select u from RealisationUpdate u where u.roundId = :round order by u.notedOn, u.id",
                        RealisationUpdate.class)
                .setParameter("round", roundId).getResultStream()
                .forEach(u -> latest.put(u.getPlanId(), u));
        List<RoundOutcome.OverrideLine> overrideLines = new ArrayList<>();
        List<RoundOutcome.RealisationLine> realisation = new ArrayList<>();
        document.get().scopes().stream().flatMap(s -> s.plans().stream()).forEach(plan -> {
            List<ResultOverride> ofPlan = overrides.getOrDefault(plan.planId(), List.of());
            ofPlan.stream().filter(ResultOverride::isConfirmed).forEach(o -> overrideLines.add(
                    new RoundOutcome.OverrideLine(plan, o.getKind(), o.getReason(), o.getFourEyes().getSettledAt())));
            if (PlanOutcome.chosen(plan.chosen(), ofPlan)) {
                RealisationUpdate last = latest.get(plan.planId());
                realisation.add(last == null ? new RoundOutcome.RealisationLine(plan.planId(), plan.title(), null,
                        null, null) : new RoundOutcome.RealisationLine(plan.planId(), plan.title(),
                        last.getProgress(), last.getNotedOn(), last.getReport()));
            }
        });
        overrideLines.sort(Comparator.comparing(RoundOutcome.OverrideLine::confirmedAt));
        return new RoundOutcome(overrideLines, realisation);
    }

    private PlanOutcome outcomeOf(Plan plan) {
        long roundId = plan.getRound().getId();
        Optional<ResultDocument> document = results.published(roundId);
        PlanResult engine = document.flatMap(d -> d.plan(plan.getId())).orElse(null);
        List<ResultOverride> overrides = em.createQuery("select o from ResultOverride o where o.planId = :plan"
                        + " order by o.fourEyes.proposedAt, o.id", ResultOverride.class)
                .setParameter("plan", plan.getId()).getResultList();
        return new PlanOutcome(roundId, plan.getId(), plan.getTitle(), document.isPresent(), engine, overrides,
                updatesOf(plan.getId()));
    }

    /**
     * The plan's outcome read under a lock on its round's result, so that two officials proposing or settling at
     * the same time take turns instead of both passing the checks.
     */
    private PlanOutcome lockedOutcome(long planId) {
        Plan plan = plan(planId);
        RoundResult result = em.find(RoundResult.class, plan.getRound().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (result == null || !result.isCounted()) {
            throw new DomainException("results.override.notPublished");
        }
        return outcomeOf(plan);
    }

    private ResultOverride pendingOf(long planId) {
        return lockedOutcome(planId).pending()
                .orElseThrow(() -> new DomainException("results.override.nothingPending"));
    }

    private List<RealisationUpdate> updatesOf(long planId) {
        return em.createQuery("select u from RealisationUpdate u where u.planId = :plan"
                        + " order by u.notedOn desc, u.id desc", RealisationUpdate.class)
                .setParameter("plan", planId).getResultList();
    }

    private Plan plan(long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || plan.getStatus() == PlanStatus.DRAFT) {
            throw new NotFoundException("plan.notFound");
        }
        return plan;
    }

    private Account me() {
        Principal caller = session.getCallerPrincipal();
        return accounts.findByPublicId(caller == null ? null : caller.getName())
                .orElseThrow(() -> new ForbiddenException("results.officialsOnly"));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
