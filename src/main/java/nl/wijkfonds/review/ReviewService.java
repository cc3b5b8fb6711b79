package nl.wijkfonds.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanChange;
import nl.wijkfonds.plan.PlanResubmitted;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.plan.PlanStatus;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundPart;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.ForbiddenException;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.shared.Validation;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The use cases of reviewing plans: officials set up a round's criteria, assign plans, declare conflicts of
 * interest, propose decisions and confirm or return each other's; submitters appeal; everyone reads the decisions
 * that took effect; voting asks for the eligible plans. Each change validates, changes state, writes its audit
 * event (about the plan, so that a plan's trail tells its whole story) and returns.
 */
@Stateless
public class ReviewService {

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
    private PlanService plans;

    @Inject
    private AccountService accounts;

    @Inject
    private ReviewNotifications notifications;

    @Resource
    private SessionContext session;

    /** The criteria every plan of a published round is checked against, for its public rules of the game. */
    @PermitAll
    public List<EligibilityCriterion> publicCriteria(long roundId) {
        Round round = rounds.find(roundId);
        return round.isPublished() ? criteriaOf(round) : List.of();
    }

    /** The round's criteria and days for changes, when an official set them up. */
    @RolesAllowed(Role.OFFICIAL)
    public Optional<ReviewRules> rules(long roundId) {
        return rulesOf(rounds.find(roundId));
    }

    /** Sets up or changes the round's criteria; refused once the first decision of the round was proposed. */
    @RolesAllowed(Role.OFFICIAL)
    public ReviewRules setRules(long roundId, ReviewRulesSetup setup) {
        validation.check(setup);
        Round round = rounds.find(roundId);
        Optional<ReviewRules> existing = rulesOf(round);
        ReviewRules.Snapshot before = existing.map(ReviewRules::snapshot).orElse(null);
        ReviewRules rules;
        if (existing.isPresent()) {
            rules = existing.get();
            rules.revise(setup, decisionsExist(round));
        } else {
            rules = new ReviewRules(round, setup);
            em.persist(rules);
        }
        em.flush();
        auditLog.record("review.rules-set", "round", roundId, before, rules.snapshot());
        return rules;
    }

    /** Hands a plan to a reviewer, to decide by a set day. */
    @RolesAllowed(Role.OFFICIAL)
    public Review assign(long planId, Assignment assignment) {
        validation.check(assignment);
        Review review = reviewOf(plan(planId));
        Review.Snapshot before = review.snapshot();
        Account reviewer = em.find(Account.class, assignment.reviewerId());
        if (reviewer == null) {
            throw new DomainException("review.reviewer.notOfficial", "reviewerId");
        }
        review.assign(reviewer, assignment.dueOn(), today(), now());
        persistIfNew(review);
        auditLog.record("review.assigned", PLAN, planId, before, review.snapshot());
        return review;
    }

    /** The signed-in official declares a conflict of interest with the plan: they neither review nor confirm it. */
    @RolesAllowed(Role.OFFICIAL)
    public Review declareConflict(long planId) {
        Review review = reviewOf(plan(planId));
        Review.Snapshot before = review.snapshot();
        review.declareConflict(me());
        persistIfNew(review);
        auditLog.record("review.conflict-declared", PLAN, planId, before, review.snapshot());
        return review;
    }

    /** The plan's reviewer proposes a decision; it waits for a second official. */
    @RolesAllowed(Role.OFFICIAL)
    public ReviewDecision propose(long planId, Assessment assessment) {
        validation.check(assessment);
        Plan plan = plan(planId);
        Review review = reviewOf(plan);
        ReviewDecision decision = review.propose(assessment, criteriaOf(plan.getRound()), me(),
                plans.latestVersion(planId), today(), now());
        em.flush();
        auditLog.record("review.decision-proposed", PLAN, planId, null, decision.snapshot());
        return decision;
    }

    /**
     * A second official confirms the proposed decision: it takes effect on the plan, becomes public, and the
     * submitter is told, all in this transaction.
     */
    @RolesAllowed(Role.OFFICIAL)
    public ReviewDecision confirm(long planId) {
        Plan plan = plan(planId);
        Review review = reviewOf(plan);
        int changeDays = rulesOf(plan.getRound()).map(ReviewRules::getChangeDays)
                .orElse(ReviewRulesSetup.standard().changeDays());
        ReviewDecision decision = review.confirm(me(), changeDays, today(), now());
        em.flush();
        auditLog.record("review.decision-confirmed", PLAN, planId, null, decision.snapshot());
        if (decision.getAdjustedCost() != null) {
            auditLog.record("review.cost-adjusted", PLAN, planId, decision.getOriginalCost().cents(),
                    decision.getAdjustedCost().cents());
        }
        notifications.decisionTookEffect(review, decision);
        return decision;
    }

    /** A second official sends the proposed decision back to its reviewer, with a note. */
    @RolesAllowed(Role.OFFICIAL)
    public ReviewDecision returnProposal(long planId, ReturnNote note) {
        validation.check(note);
        Review review = reviewOf(plan(planId));
        ReviewDecision decision = review.returnProposal(me(), note.note(), now());
        em.flush();
        auditLog.record("review.decision-returned", PLAN, planId, null, decision.snapshot());
        return decision;
    }

    /** The submitter appeals the ineligible decision on their plan, once, within the days allowed. */
    @RolesAllowed(Role.RESIDENT)
    public Review appeal(long planId, AppealRequest request) {
        validation.check(request);
        Plan plan = own(planId);
        Review review = em.createQuery("select r from Review r where r.plan = :plan", Review.class)
                .setParameter("plan", plan)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("review.appeal.notIneligible"));
        Review.Snapshot before = review.snapshot();
        review.appeal(request.reason(), today(), now());
        em.flush();
        auditLog.record("review.appealed", PLAN, planId, before, review.snapshot());
        return review;
    }

    /** The submitter's own plan, to appeal; someone else's is "not found", like in the plan editor. */
    @RolesAllowed(Role.RESIDENT)
    public Plan own(long planId) {
        return plans.own(planId);
    }

    /** Moves the review on when the submitter sends the plan back after requested changes (same transaction). */
    @PermitAll
    public void planResubmitted(@Observes PlanResubmitted event) {
        Plan plan = plan(event.planId());
        Review review = findReview(plan).orElseThrow(() -> new IllegalStateException("no review of plan " + plan.getId()));
        Review.Snapshot before = review.snapshot();
        review.planResubmitted();
        auditLog.record("review.plan-returned", PLAN, plan.getId(), before, review.snapshot());
    }

    /** One plan's review as the signed-in official works on it. */
    @RolesAllowed(Role.OFFICIAL)
    public ReviewCase reviewCase(long planId) {
        Plan plan = plan(planId);
        Review review = findReview(plan).orElse(null);
        Account me = me();
        List<PlanChange> changes = review == null ? List.of() : review.confirmedDecisions().stream()
                .reduce((first, second) -> second)
                .map(last -> plans.changesSince(planId, last.getPlanVersion()))
                .orElse(List.of());
        return new ReviewCase(plan, review, criteriaOf(plan.getRound()), officials(), changes,
                abilities(plan, review, me));
    }

    private ReviewCase.Abilities abilities(Plan plan, Review review, Account me) {
        Phase phase = plan.getRound().getPhase();
        // A plan that lacked support when support closed does not enter review (see community).
        boolean underReview = plan.getStatus() != PlanStatus.WITHDRAWN && plan.getStatus() != PlanStatus.DRAFT
                && !plan.isShortOfSupport();
        boolean reviewing = underReview && phase == Phase.REVIEW;
        ReviewState state = review == null ? ReviewState.AWAITING_ASSIGNMENT : review.getState();
        boolean assign = underReview && (phase == Phase.SUBMISSION || phase == Phase.REVIEW)
                && state != ReviewState.AWAITING_CONFIRMATION && state != ReviewState.DECIDED;
        boolean conflict = review != null && review.hasConflict(me);
        boolean propose = reviewing && review != null && review.isReviewer(me)
                && (state == ReviewState.IN_REVIEW || review.isOverdue(today()) && state == ReviewState.CHANGES_REQUESTED);
        boolean settle = reviewing && review != null && !conflict && !plan.isSubmittedBy(me)
                && review.pendingDecision().filter(d -> !d.isProposedBy(me)).isPresent();
        return new ReviewCase.Abilities(assign, underReview && !conflict, propose, settle);
    }

    /** A round's review progress: counts by state, plans waiting for a second official, overdue ones, money. */
    @RolesAllowed(Role.OFFICIAL)
    public ReviewDashboard dashboard(long roundId) {
        Round round = rounds.find(roundId);
        LocalDate today = today();
        Map<Long, Object[]> reviews = new HashMap<>();
        em.createQuery("select r.plan.id, r.state, r.stage, a.displayName, r.dueOn from Review r"
                        + " left join r.reviewer a where r.plan.round = :round", Object[].class)
                .setParameter("round", round)
                .getResultList()
                .forEach(row -> reviews.put((Long) row[0], row));
        List<ReviewRow> rows = new ArrayList<>();
        Map<ReviewProgress, Long> counts = new EnumMap<>(ReviewProgress.class);
        for (ReviewProgress progress : ReviewProgress.values()) {
            counts.put(progress, 0L);
        }
        List<Object[]> planRows = em.createQuery("select p.id, p.title, t.id, t.name, n.id, n.name, p.status,"
                        + " p.cost, p.adjustedCost, p.changesDueOn from Plan p left join p.theme t"
                        + " left join p.neighbourhood n where p.round = :round and p.status <> :draft"
                        + " and p.shortOfSupport = false order by p.id",
                        Object[].class)
                .setParameter("round", round)
                .setParameter("draft", PlanStatus.DRAFT)
                .getResultList();
        Map<Long, Money[]> byTheme = new HashMap<>();
        Map<Long, Money[]> byNeighbourhood = new HashMap<>();
        for (Object[] p : planRows) {
            long planId = (Long) p[0];
            PlanStatus status = (PlanStatus) p[6];
            Money cost = (Money) p[7];
            Money ballotCost = p[8] == null ? cost : (Money) p[8];
            Object[] review = reviews.get(planId);
            ReviewState state = review == null ? ReviewState.AWAITING_ASSIGNMENT : (ReviewState) review[1];
            ReviewProgress progress = progress(status, state, review == null ? ReviewStage.FIRST
                    : (ReviewStage) review[2]);
            LocalDate due = state == ReviewState.CHANGES_REQUESTED ? (LocalDate) p[9]
                    : review == null ? null : (LocalDate) review[4];
            boolean overdue = due != null && today.isAfter(due)
                    && (state == ReviewState.IN_REVIEW || state == ReviewState.CHANGES_REQUESTED)
                    && status != PlanStatus.WITHDRAWN;
            counts.merge(progress, 1L, Long::sum);
            rows.add(new ReviewRow(planId, (String) p[1], (String) p[3], (String) p[5], progress,
                    review == null ? null : (String) review[3], due, overdue, cost, ballotCost));
            boolean requested = status != PlanStatus.WITHDRAWN && status != PlanStatus.INELIGIBLE;
            add(byTheme, (Long) p[2], requested ? cost : Money.ZERO, status == PlanStatus.ELIGIBLE ? ballotCost : Money.ZERO);
            add(byNeighbourhood, (Long) p[4], requested ? cost : Money.ZERO,
                    status == PlanStatus.ELIGIBLE ? ballotCost : Money.ZERO);
        }
        return new ReviewDashboard(round, !criteriaOf(round).isEmpty(), counts, rows,
                moneyLines(round.getThemes(), byTheme), moneyLines(round.getNeighbourhoods(), byNeighbourhood),
                eligiblePlans(roundId));
    }

    private static ReviewProgress progress(PlanStatus status, ReviewState state, ReviewStage stage) {
        return switch (status) {
            case WITHDRAWN -> ReviewProgress.WITHDRAWN;
            case ELIGIBLE -> ReviewProgress.ELIGIBLE;
            case CHANGES_REQUESTED -> ReviewProgress.CHANGES_REQUESTED;
            case INELIGIBLE -> stage == ReviewStage.APPEAL && state != ReviewState.DECIDED
                    && state != ReviewState.AWAITING_CONFIRMATION ? ReviewProgress.APPEALED
                    : state == ReviewState.AWAITING_CONFIRMATION ? ReviewProgress.AWAITING_CONFIRMATION
                    : ReviewProgress.INELIGIBLE;
            default -> switch (state) {
                case IN_REVIEW -> ReviewProgress.IN_REVIEW;
                case AWAITING_CONFIRMATION -> ReviewProgress.AWAITING_CONFIRMATION;
                default -> ReviewProgress.AWAITING_ASSIGNMENT;
            };
        };
    }

    private static void add(Map<Long, Money[]> sums, Long partId, Money requested, Money eligible) {
        if (partId != null) {
            Money[] sum = sums.computeIfAbsent(partId, id -> new Money[]{Money.ZERO, Money.ZERO});
            sum[0] = sum[0].plus(requested);
            sum[1] = sum[1].plus(eligible);
        }
    }

    private static List<MoneyLine> moneyLines(List<? extends RoundPart<?>> parts, Map<Long, Money[]> sums) {
        Function<RoundPart<?>, Money[]> sumOf = part -> sums.getOrDefault(part.getId(),
                new Money[]{Money.ZERO, Money.ZERO});
        return parts.stream().map(part -> new MoneyLine(part.getName(), sumOf.apply(part)[0], sumOf.apply(part)[1],
                part.getBudget())).toList();
    }

    /** What everyone may read about a public plan's review. */
    @PermitAll
    public PublicReview publicReview(long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || !plan.getStatus().isPublic()) {
            return PublicReview.NONE;
        }
        return findReview(plan)
                .map(r -> new PublicReview(r.confirmedDecisions().stream().map(PublicDecision::of).toList(),
                        r.getAppealedAt(), r.isAppealable(today()) ? r.appealDeadline() : null))
                .orElse(PublicReview.NONE);
    }

    /** The plans of a round that go on the ballot, each at its ballot cost, in the order they were submitted. */
    @PermitAll
    public List<EligiblePlan> eligiblePlans(long roundId) {
        return em.createQuery("select p from Plan p where p.round.id = :round and p.status = :eligible"
                        + " and p.shortOfSupport = false order by p.submittedAt, p.id", Plan.class)
                .setParameter("round", roundId)
                .setParameter("eligible", PlanStatus.ELIGIBLE)
                .getResultStream()
                .map(EligiblePlan::of)
                .toList();
    }

    private List<Account> officials() {
        return em.createQuery("select distinct a from Account a join a.roles r where r = :official"
                        + " and a.enabled = true order by a.displayName, a.id", Account.class)
                .setParameter("official", Role.OFFICIAL)
                .getResultList();
    }

    private List<EligibilityCriterion> criteriaOf(Round round) {
        return rulesOf(round).map(ReviewRules::getCriteria).orElse(List.of());
    }

    private Optional<ReviewRules> rulesOf(Round round) {
        return em.createQuery("select r from ReviewRules r where r.round = :round", ReviewRules.class)
                .setParameter("round", round)
                .getResultStream().findFirst();
    }

    private boolean decisionsExist(Round round) {
        return em.createQuery("select count(d) from ReviewDecision d where d.review.plan.round = :round", Long.class)
                .setParameter("round", round)
                .getSingleResult() > 0;
    }

    /** A plan officials may review: any that was submitted (drafts are not known to exist). */
    private Plan plan(long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || plan.getStatus() == PlanStatus.DRAFT) {
            throw new NotFoundException("plan.notFound");
        }
        return plan;
    }

    private Optional<Review> findReview(Plan plan) {
        return em.createQuery("select r from Review r where r.plan = :plan", Review.class)
                .setParameter("plan", plan)
                .getResultStream().findFirst();
    }

    /** The plan's review; a new one (stored only when a change is made) before anyone was assigned. */
    private Review reviewOf(Plan plan) {
        return findReview(plan).orElseGet(() -> new Review(plan));
    }

    private void persistIfNew(Review review) {
        if (review.getId() == null) {
            em.persist(review);
        }
        em.flush();
    }

    private Account me() {
        Principal caller = session.getCallerPrincipal();
        return accounts.findByPublicId(caller == null ? null : caller.getName())
                .orElseThrow(() -> new ForbiddenException("review.officialsOnly"));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
