package nl.wijkfonds.review;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanStatus;
import nl.wijkfonds.platform.Clocks;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.ForbiddenException;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.shared.Violations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The review of one plan, from assignment to a decision that has taken effect.
 *
 * <p>An official assigns the plan to a reviewer — never its own submitter, nor an official who declared a conflict of
 * interest with it — who should decide by a set day. The reviewer assesses the plan against every criterion of its
 * round and proposes a decision ({@link ReviewDecision}): eligible (possibly at the municipality's own estimate of the
 * cost), ineligible, or changes requested. A second official confirms it — then it takes effect on the plan and
 * becomes public — or returns it to the reviewer with a note. After "changes requested" the submitter edits the plan
 * until a set day and sends it back; the reviewer then sees what changed and decides again (also when the day passes
 * without changes). An ineligible plan may be appealed once within {@value #APPEAL_DAYS} days: the review starts
 * over with a reviewer who took no part in the first decision, and the first reviewer may not confirm the outcome.
 * All decisions are taken in the round's review phase. Every change goes through {@link ReviewService}, which records
 * it in the audit log.
 */
@Entity
@Table(name = "review")
@Cacheable(false) // not in the shared cache: read seldom, and its days must hold to what is stored
public class Review {

    /** Days after an ineligible decision within which its submitter may appeal. */
    public static final int APPEAL_DAYS = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReviewStage stage = ReviewStage.FIRST;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReviewState state = ReviewState.AWAITING_ASSIGNMENT;

    @ManyToOne
    @JoinColumn(name = "reviewer_id")
    private Account reviewer;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_conflict", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "account_id")
    private Set<Long> conflicts = new HashSet<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<ReviewDecision> decisions = new ArrayList<>();

    @Column(name = "appeal_reason", columnDefinition = "TEXT")
    private String appealReason;

    @Column(name = "appealed_at")
    private Instant appealedAt;

    @Version
    private long version;

    protected Review() {
    }

    /** The review of a submitted plan, waiting for a reviewer. */
    Review(Plan plan) {
        this.plan = Objects.requireNonNull(plan);
    }

    /**
     * Hands the plan to {@code official}, to decide by {@code due}. Refuses, all at once: a reviewer who is not an
     * official, submitted the plan, declared a conflict with it or — on appeal — took part in the first decision; a
     * day in the past. Possible while submissions come in and during the review phase, except while a decision
     * waits for confirmation or after the plan was decided.
     */
    void assign(Account official, LocalDate due, LocalDate today, Instant now) {
        checkPlanUnderReview();
        if (plan.getRound().getPhase() != Phase.SUBMISSION && plan.getRound().getPhase() != Phase.REVIEW) {
            throw new DomainException("review.phase.assign");
        }
        if (state == ReviewState.AWAITING_CONFIRMATION || state == ReviewState.DECIDED) {
            throw new DomainException("review.assign.notNow");
        }
        Violations problems = new Violations();
        if (!official.isEnabled() || !official.activeRoles().contains(Role.OFFICIAL)) {
            problems.add("reviewerId", "review.reviewer.notOfficial");
        } else if (plan.isSubmittedBy(official)) {
            problems.add("reviewerId", "review.reviewer.ownPlan");
        } else if (conflicts.contains(official.getId())) {
            problems.add("reviewerId", "review.reviewer.conflict");
        } else if (stage == ReviewStage.APPEAL && tookPartInFirstDecision(official)) {
            problems.add("reviewerId", "review.reviewer.tookPart");
        }
        if (due.isBefore(today)) {
            problems.add("dueOn", "review.dueOn.past");
        }
        problems.throwIfAny();
        reviewer = official;
        dueOn = due;
        assignedAt = now;
        if (state == ReviewState.AWAITING_ASSIGNMENT) {
            state = ReviewState.IN_REVIEW;
        }
    }

    /**
     * Records that {@code official} has a conflict of interest with the plan: from now on they neither review nor
     * confirm it. When they were its reviewer, the plan waits for another. Not while their own proposal waits for
     * confirmation: a colleague returns it first.
     */
    void declareConflict(Account official) {
        if (conflicts.contains(official.getId())) {
            throw new DomainException("review.conflict.already");
        }
        if (pendingDecision().filter(d -> d.isProposedBy(official)).isPresent()) {
            throw new DomainException("review.conflict.pending");
        }
        conflicts.add(official.getId());
        if (isReviewer(official)) {
            reviewer = null;
            dueOn = null;
            assignedAt = null;
            if (state == ReviewState.IN_REVIEW) {
                state = ReviewState.AWAITING_ASSIGNMENT;
            }
        }
    }

    /**
     * The reviewer proposes a decision. Refuses, all at once: a verdict missing or without a reason where the plan
     * falls short; an adjusted cost of € 0 or less, above the round's maximum per plan or equal to the plan's own
     * cost, or without a reason. Only the reviewer, only in the review phase, and only while the plan is in review
     * (or the day for requested changes has passed).
     */
    ReviewDecision propose(Assessment assessment, List<EligibilityCriterion> criteria, Account official,
                           int planVersion, LocalDate today, Instant now) {
        checkPlanUnderReview();
        checkReviewPhase();
        if (!isReviewer(official)) {
            throw new ForbiddenException("review.notReviewer");
        }
        boolean changesOverdue = state == ReviewState.CHANGES_REQUESTED && today.isAfter(plan.getChangesDueOn());
        if (state != ReviewState.IN_REVIEW && !changesOverdue) {
            throw new DomainException("review.propose.notNow");
        }
        if (criteria.isEmpty()) {
            throw new DomainException("review.criteria.none");
        }
        List<Assessment.Verdict> verdicts = assessment.verdicts();
        if (verdicts.size() != criteria.size()) {
            throw new DomainException("review.criteria.changed");
        }
        Violations problems = new Violations();
        List<CriterionAssessment> lines = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Assessment.Verdict verdict = verdicts.get(i);
            if (!criteria.get(i).getId().equals(verdict.criterionId())) {
                throw new DomainException("review.criteria.changed");
            }
            String reason = stripped(verdict.reason());
            if (verdict.verdict() != null && verdict.verdict().needsReason() && reason == null) {
                problems.add("verdicts[" + i + "].reason", "review.reason.required");
            }
            lines.add(new CriterionAssessment(criteria.get(i), verdict.verdict(), reason));
        }
        checkAdjustedCost(assessment.adjustedCost(), stripped(assessment.costReason()), problems);
        problems.throwIfAny();
        ReviewDecision decision = new ReviewDecision(this, lines, plan.getCost(), assessment.adjustedCost(),
                stripped(assessment.costReason()), planVersion, official, now);
        decisions.add(decision);
        state = ReviewState.AWAITING_CONFIRMATION;
        return decision;
    }

    private void checkAdjustedCost(Money adjusted, String reason, Violations problems) {
        if (adjusted == null) {
            return;
        }
        if (!adjusted.isPositive() || adjusted.exceeds(plan.getRound().getMaxPlanCost())) {
            problems.add("adjustedCost", "review.cost.range");
        } else if (adjusted.equals(plan.getCost())) {
            problems.add("adjustedCost", "review.cost.same");
        }
        if (reason == null) {
            problems.add("costReason", "review.costReason.required");
        }
    }

    /**
     * A second official confirms the proposed decision, which then takes effect on the plan. Not the reviewer who
     * proposed it, not an official with a conflict of interest or who submitted the plan, and on appeal not the
     * first reviewer.
     */
    ReviewDecision confirm(Account official, int changeDays, LocalDate today, Instant now) {
        ReviewDecision decision = settling(official, "review.confirm.ownDecision");
        if (conflicts.contains(official.getId())) {
            throw new DomainException("review.confirm.conflict");
        }
        if (plan.isSubmittedBy(official)) {
            throw new DomainException("review.confirm.ownPlan");
        }
        if (stage == ReviewStage.APPEAL && firstDecision().filter(d -> d.isProposedBy(official)).isPresent()) {
            throw new DomainException("review.confirm.firstReviewer");
        }
        LocalDate changesDue = decision.getOutcome() == ReviewOutcome.CHANGES_REQUESTED
                ? today.plusDays(changeDays) : null;
        switch (decision.getOutcome()) {
            case ELIGIBLE -> plan.admit(decision.getAdjustedCost(), now);
            case INELIGIBLE -> plan.reject(now);
            case CHANGES_REQUESTED -> plan.requestChanges(changesDue, now);
        }
        decision.confirm(official, now, changesDue);
        state = decision.getOutcome() == ReviewOutcome.CHANGES_REQUESTED
                ? ReviewState.CHANGES_REQUESTED : ReviewState.DECIDED;
        return decision;
    }

    /** A second official sends the proposed decision back to the reviewer, with a note; it never takes effect. */
    ReviewDecision returnProposal(Account official, String note, Instant now) {
        ReviewDecision decision = settling(official, "review.return.ownDecision");
        decision.returnToReviewer(official, note, now);
        state = ReviewState.IN_REVIEW;
        return decision;
    }

    private ReviewDecision settling(Account official, String ownDecisionKey) {
        checkReviewPhase();
        ReviewDecision decision = pendingDecision().orElseThrow(() -> new DomainException("review.confirm.nothing"));
        if (decision.isProposedBy(official)) {
            throw new DomainException(ownDecisionKey);
        }
        return decision;
    }

    /**
     * The submitter appeals the ineligible decision, once, within {@value #APPEAL_DAYS} days and while the round is
     * in its review phase. The plan then waits for a reviewer who took no part in the first decision.
     */
    void appeal(String reason, LocalDate today, Instant now) {
        if (stage == ReviewStage.APPEAL) {
            throw new DomainException("review.appeal.once");
        }
        if (plan.getStatus() != PlanStatus.INELIGIBLE || state != ReviewState.DECIDED) {
            throw new DomainException("review.appeal.notIneligible");
        }
        if (plan.getRound().getPhase() != Phase.REVIEW) {
            throw new DomainException("review.appeal.phase");
        }
        if (today.isAfter(appealDeadline())) {
            throw new DomainException("review.appeal.tooLate");
        }
        stage = ReviewStage.APPEAL;
        state = ReviewState.AWAITING_ASSIGNMENT;
        reviewer = null;
        dueOn = null;
        assignedAt = null;
        appealReason = reason.strip();
        appealedAt = now;
    }

    /** The submitter sent the plan back after the requested changes: its reviewer (if any) decides again. */
    void planResubmitted() {
        if (state != ReviewState.CHANGES_REQUESTED) {
            throw new IllegalStateException("plan " + plan.getId() + " was resubmitted while its review is " + state);
        }
        state = reviewer == null ? ReviewState.AWAITING_ASSIGNMENT : ReviewState.IN_REVIEW;
    }

    private void checkPlanUnderReview() {
        if (plan.getStatus() == PlanStatus.WITHDRAWN) {
            throw new DomainException("plan.withdrawn");
        }
        if (plan.getStatus() == PlanStatus.DRAFT) {
            throw new DomainException("review.plan.notUnderReview");
        }
    }

    private void checkReviewPhase() {
        if (plan.getRound().getPhase() != Phase.REVIEW) {
            throw new DomainException("review.phase.closed");
        }
    }

    private boolean tookPartInFirstDecision(Account official) {
        return decisions.stream().anyMatch(d -> d.getStage() == ReviewStage.FIRST && d.involves(official));
    }

    private Optional<ReviewDecision> firstDecision() {
        return decisions.stream()
                .filter(d -> d.getStage() == ReviewStage.FIRST && d.getState() == DecisionState.CONFIRMED)
                .reduce((first, second) -> second);
    }

    public boolean isReviewer(Account account) {
        return reviewer != null && account != null && reviewer.getId().equals(account.getId());
    }

    public boolean hasConflict(Account account) {
        return account != null && conflicts.contains(account.getId());
    }

    /** The decision waiting for a second official, if any. */
    public Optional<ReviewDecision> pendingDecision() {
        return decisions.stream().filter(d -> d.getState() == DecisionState.PROPOSED).findFirst();
    }

    /** The decisions that took effect, oldest first: what the public sees. */
    public List<ReviewDecision> confirmedDecisions() {
        return decisions.stream().filter(d -> d.getState() == DecisionState.CONFIRMED).toList();
    }

    /**
     * The last day on which the submitter may appeal an ineligible decision: {@value #APPEAL_DAYS} days after the day
     * it took effect (in Amsterdam); null when there is none to appeal.
     */
    public LocalDate appealDeadline() {
        return firstDecision()
                .filter(d -> d.getOutcome() == ReviewOutcome.INELIGIBLE && plan.getStatus() == PlanStatus.INELIGIBLE)
                .map(d -> LocalDate.ofInstant(d.getFourEyes().getSettledAt(), Clocks.AMSTERDAM).plusDays(APPEAL_DAYS))
                .orElse(null);
    }

    /** Whether the submitter may still appeal today. */
    public boolean isAppealable(LocalDate today) {
        LocalDate deadline = appealDeadline();
        return stage == ReviewStage.FIRST && state == ReviewState.DECIDED && deadline != null
                && !today.isAfter(deadline) && plan.getRound().getPhase() == Phase.REVIEW;
    }

    /** The reviewer's day has passed without a proposal, or the submitter's day for changes has. */
    public boolean isOverdue(LocalDate today) {
        return state == ReviewState.IN_REVIEW && dueOn != null && today.isAfter(dueOn)
                || state == ReviewState.CHANGES_REQUESTED && today.isAfter(plan.getChangesDueOn());
    }

    /**
     * What the audit log keeps: people by their public id only (who declared a conflict is the actor of that event;
     * the state keeps how many did).
     */
    Snapshot snapshot() {
        return new Snapshot(plan.getId(), stage, state, reviewer == null ? null : reviewer.getPublicId(), dueOn,
                conflicts.size(), appealReason);
    }

    public record Snapshot(long planId, ReviewStage stage, ReviewState state, String reviewer, LocalDate dueOn,
                           int conflicts, String appealReason) {
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public ReviewStage getStage() {
        return stage;
    }

    public ReviewState getState() {
        return state;
    }

    public Account getReviewer() {
        return reviewer;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public List<ReviewDecision> getDecisions() {
        return List.copyOf(decisions);
    }

    public String getAppealReason() {
        return appealReason;
    }

    public Instant getAppealedAt() {
        return appealedAt;
    }
}
