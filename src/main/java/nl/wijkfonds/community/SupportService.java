package nl.wijkfonds.community;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanStatus;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundPhaseMoved;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.shared.Validation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Support for plans: verified residents support a plan once and may take it back while support is open; everyone
 * sees the count; officials set the round's rules and see who supported what. When support closes, plans below the
 * round's threshold are marked and stay out of review. Each change writes its audit event, naming people by public id.
 */
@Stateless
public class SupportService {

    private static final String PLAN = "plan";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Validation validation;

    @Inject
    private Clock clock;

    @Inject
    private RoundService rounds;

    @Inject
    private Caller caller;

    /**
     * The signed-in resident supports the plan. The insert is a no-op when the pair exists, so that of any number
     * of concurrent tries exactly one stores a support; the others are told it already counts.
     */
    @RolesAllowed(Role.RESIDENT)
    public void support(long planId) {
        Plan plan = supportable(planId);
        Account me = caller.me();
        checkMayChange(plan, me);
        int stored = em.createNativeQuery("insert ignore into plan_support (plan_id, account_id, supported_at)"
                        + " values (?, ?, ?)")
                .setParameter(1, plan.getId())
                .setParameter(2, me.getId())
                .setParameter(3, now())
                .executeUpdate();
        if (stored == 0) {
            throw new DomainException("community.support.already");
        }
        auditLog.record("community.supported", PLAN, planId, null, Map.of("supporters", count(plan)));
    }

    /** The signed-in resident takes back their support while support is open. */
    @RolesAllowed(Role.RESIDENT)
    public void withdraw(long planId) {
        Plan plan = supportable(planId);
        Account me = caller.me();
        checkMayChange(plan, me);
        int removed = em.createQuery("delete from PlanSupport s where s.plan = :plan and s.supporter = :me")
                .setParameter("plan", plan)
                .setParameter("me", me)
                .executeUpdate();
        if (removed == 0) {
            throw new DomainException("community.support.notSupported");
        }
        auditLog.record("community.support-withdrawn", PLAN, planId, null, Map.of("supporters", count(plan)));
    }

    /** The plan's support as the visitor sees it on its page. */
    @PermitAll
    public SupportView view(long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || !plan.getStatus().isPublic()) {
            throw new NotFoundException("plan.notFound");
        }
        CommunitySettings settings = settingsOf(plan.getRound());
        Optional<Account> me = caller.account();
        boolean mine = me.map(account -> supports(plan, account)).orElse(false);
        boolean open = settings.isSupportOpen(now()) && plan.getStatus() != PlanStatus.WITHDRAWN;
        boolean mayChange = open && caller.isInRole(Role.RESIDENT)
                && me.map(account -> !plan.isSubmittedBy(account)).orElse(false);
        Instant closesAt = plan.getRound().getPhase() == Phase.SUBMISSION || !open ? null : settings.supportClosesAt();
        return new SupportView(count(plan), mine, open, mayChange, closesAt, settings.getSupportThreshold(),
                plan.isShortOfSupport());
    }

    /** The round's support rules (the defaults when nobody set them). */
    @RolesAllowed(Role.OFFICIAL)
    public SupportRules rules(long roundId) {
        return settingsOf(rounds.find(roundId)).rules();
    }

    /** Sets the round's support rules; refused once support closed. */
    @RolesAllowed(Role.OFFICIAL)
    public void setRules(long roundId, SupportRules rules) {
        validation.check(rules);
        CommunitySettings settings = settingsOf(rounds.find(roundId));
        CommunitySettings.Snapshot before = settings.snapshot();
        settings.revise(rules);
        persistIfNew(settings);
        auditLog.record("community.rules-set", "round", roundId, before, settings.snapshot());
        // Rules that end support at once (no days after a submission that already closed) take effect now.
        closeIfDue(settings);
    }

    /** Every public plan of the round with its supporters, most supported first, for officials. */
    @RolesAllowed(Role.OFFICIAL)
    public SupportOverview overview(long roundId) {
        Round round = rounds.find(roundId);
        CommunitySettings settings = settingsOf(round);
        Map<Long, List<SupportRow.Supporter>> supporters = new LinkedHashMap<>();
        em.createQuery("select s from PlanSupport s where s.plan.round = :round order by s.supportedAt, s.id",
                        PlanSupport.class)
                .setParameter("round", round)
                .getResultList()
                .forEach(s -> supporters.computeIfAbsent(s.getPlan().getId(), id -> new ArrayList<>())
                        .add(new SupportRow.Supporter(s.getSupporter().getDisplayName(), s.getSupporter().getEmail(),
                                s.getSupporter().getPublicId(), s.getSupportedAt())));
        List<SupportRow> rows = em.createQuery("select p from Plan p where p.round = :round and p.status <> :draft",
                        Plan.class)
                .setParameter("round", round)
                .setParameter("draft", PlanStatus.DRAFT)
                .getResultStream()
                .map(p -> {
                    List<SupportRow.Supporter> list = supporters.getOrDefault(p.getId(), List.of());
                    return new SupportRow(p.getId(), p.getTitle(), p.getStatus(), list.size(), p.isShortOfSupport(),
                            list);
                })
                .sorted((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                        : Long.compare(a.planId(), b.planId()))
                .toList();
        return new SupportOverview(settings, settings.isSupportOpen(now()), rows);
    }

    /**
     * Submission closed: support runs on for the round's days, or closes now. Back to the submission phase:
     * support opens again and plans marked short of support are back in the running. Same transaction as the move.
     */
    @PermitAll
    public void phaseMoved(@Observes RoundPhaseMoved moved) {
        CommunitySettings settings = settingsOf(rounds.find(moved.roundId()));
        if (moved.from() == Phase.SUBMISSION && moved.to() == Phase.REVIEW) {
            settings.submissionClosed(moved.at());
            persistIfNew(settings);
            closeIfDue(settings);
        } else if (moved.to() == Phase.SUBMISSION && settings.getSubmissionClosedAt() != null) {
            reopen(settings);
        }
    }

    /** Applies the threshold of every round whose support ran out; the scheduled job and administrators call it. */
    @PermitAll
    public int closeDueSupport() {
        List<CommunitySettings> due = em.createQuery("select s from CommunitySettings s where s.supportClosedAt is null"
                        + " and s.submissionClosedAt is not null", CommunitySettings.class)
                .getResultList()
                .stream().filter(s -> s.isClosingDue(now())).toList();
        due.forEach(this::closeIfDue);
        return due.size();
    }

    private void closeIfDue(CommunitySettings settings) {
        if (!settings.isClosingDue(now())) {
            return;
        }
        CommunitySettings.Snapshot before = settings.snapshot();
        Integer threshold = settings.getSupportThreshold();
        if (threshold != null) {
            for (Plan plan : plansOf(settings.getRound())) {
                long count = count(plan);
                if (count < threshold && plan.getStatus() != PlanStatus.WITHDRAWN) {
                    plan.markShortOfSupport(true);
                    auditLog.record("community.short-of-support", PLAN, plan.getId(), null,
                            Map.of("supporters", count, "threshold", threshold));
                }
            }
        }
        settings.supportClosed(now());
        auditLog.record("community.support-closed", "round", settings.getRound().getId(), before, settings.snapshot());
    }

    private void reopen(CommunitySettings settings) {
        CommunitySettings.Snapshot before = settings.snapshot();
        for (Plan plan : plansOf(settings.getRound())) {
            if (plan.isShortOfSupport()) {
                plan.markShortOfSupport(false);
                auditLog.record("community.support-reopened", PLAN, plan.getId(), null, null);
            }
        }
        settings.submissionReopened();
        persistIfNew(settings);
        auditLog.record("community.support-opened", "round", settings.getRound().getId(), before, settings.snapshot());
    }

    private List<Plan> plansOf(Round round) {
        return em.createQuery("select p from Plan p where p.round = :round and p.status <> :draft", Plan.class)
                .setParameter("round", round)
                .setParameter("draft", PlanStatus.DRAFT)
                .getResultList();
    }

    /** A plan residents may support: submitted and not withdrawn; drafts are "not found". */
    private Plan supportable(long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || !plan.getStatus().isPublic()) {
            throw new NotFoundException("plan.notFound");
        }
        if (plan.getStatus() == PlanStatus.WITHDRAWN) {
            throw new DomainException("plan.withdrawn");
        }
        return plan;
    }

    private void checkMayChange(Plan plan, Account me) {
        if (plan.isSubmittedBy(me)) {
            throw new DomainException("community.support.ownPlan");
        }
        if (!settingsOf(plan.getRound()).isSupportOpen(now())) {
            throw new DomainException("community.support.closed");
        }
    }

    private boolean supports(Plan plan, Account account) {
        return em.createQuery("select count(s) from PlanSupport s where s.plan = :plan and s.supporter = :account",
                        Long.class)
                .setParameter("plan", plan)
                .setParameter("account", account)
                .getSingleResult() > 0;
    }

    private long count(Plan plan) {
        return em.createQuery("select count(s) from PlanSupport s where s.plan = :plan", Long.class)
                .setParameter("plan", plan)
                .getSingleResult();
    }

    /** The round's settings; new (stored at the first change) when nobody set them. */
    private CommunitySettings settingsOf(Round round) {
        CommunitySettings settings = em.find(CommunitySettings.class, round.getId());
        return settings == null ? new CommunitySettings(round) : settings;
    }

    private void persistIfNew(CommunitySettings settings) {
        if (!em.contains(settings)) {
            em.persist(settings);
        }
        em.flush();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
