package nl.wijkfonds.review;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.FourEyes;
import nl.wijkfonds.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reviewer's decision on a plan: the verdict on every criterion, the outcome that follows from them, and perhaps
 * the municipality's own estimate of the cost. It is only a proposal until a second official settles it: confirmed,
 * it takes effect and becomes public; returned, it goes back to the reviewer with a note and never takes effect.
 * Only its {@link Review} creates and settles it.
 */
@Entity
@Table(name = "review_decision")
@Cacheable(false) // like its review
public class ReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "review_id")
    private Review review;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReviewStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DecisionState state = DecisionState.PROPOSED;

    @Column(name = "plan_version", nullable = false)
    private int planVersion;

    @Column(name = "original_cost_cents", nullable = false)
    private Money originalCost;

    @Column(name = "adjusted_cost_cents")
    private Money adjustedCost;

    @Column(name = "cost_reason", length = 1000)
    private String costReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_assessment", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<CriterionAssessment> assessments = new ArrayList<>();

    @Embedded
    private FourEyes fourEyes;

    @Column(name = "return_note", length = 1000)
    private String returnNote;

    @Column(name = "changes_due_on")
    private LocalDate changesDueOn;

    protected ReviewDecision() {
    }

    ReviewDecision(Review review, List<CriterionAssessment> assessments, Money originalCost, Money adjustedCost,
                   String costReason, int planVersion, Account proposedBy, Instant proposedAt) {
        this.review = review;
        this.stage = review.getStage();
        this.assessments.addAll(assessments);
        this.outcome = ReviewOutcome.of(assessments.stream().map(CriterionAssessment::getVerdict).toList());
        this.originalCost = originalCost;
        this.adjustedCost = adjustedCost;
        this.costReason = adjustedCost == null ? null : costReason;
        this.planVersion = planVersion;
        this.fourEyes = new FourEyes(proposedBy, proposedAt);
    }

    void confirm(Account official, Instant now, LocalDate dueOn) {
        settle(DecisionState.CONFIRMED, official, now);
        changesDueOn = dueOn;
    }

    void returnToReviewer(Account official, String note, Instant now) {
        settle(DecisionState.RETURNED, official, now);
        returnNote = note.strip();
    }

    private void settle(DecisionState settled, Account official, Instant now) {
        state = settled;
        fourEyes.settle(official, now);
    }

    boolean isProposedBy(Account account) {
        return fourEyes.isProposedBy(account);
    }

    /** Who took part in this decision, by account id: its reviewer and, once confirmed, the second official. */
    boolean involves(Account account) {
        return isProposedBy(account) || state == DecisionState.CONFIRMED && fourEyes.isSettledBy(account);
    }

    /** What the audit log keeps: people by their public id only. */
    Snapshot snapshot() {
        return new Snapshot(id, stage, outcome, state, planVersion, originalCost.cents(),
                adjustedCost == null ? null : adjustedCost.cents(), costReason,
                assessments.stream().map(a -> new Snapshot.Line(a.getCriterion().getName(), a.getVerdict(),
                        a.getReason())).toList(),
                fourEyes.proposerId(), fourEyes.settlerId(), returnNote, changesDueOn);
    }

    public record Snapshot(Long id, ReviewStage stage, ReviewOutcome outcome, DecisionState state, int planVersion,
                    long originalCostCents, Long adjustedCostCents, String costReason, List<Line> verdicts,
                    String proposedBy, String settledBy, String returnNote, LocalDate changesDueOn) {

        public record Line(String criterion, CriterionVerdict verdict, String reason) {
        }
    }

    public Long getId() {
        return id;
    }

    public ReviewStage getStage() {
        return stage;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public DecisionState getState() {
        return state;
    }

    public int getPlanVersion() {
        return planVersion;
    }

    public Money getOriginalCost() {
        return originalCost;
    }

    /** The municipality's own estimate of the cost, or null when the reviewer kept the plan's. */
    public Money getAdjustedCost() {
        return adjustedCost;
    }

    public String getCostReason() {
        return costReason;
    }

    public List<CriterionAssessment> getAssessments() {
        return List.copyOf(assessments);
    }

    /** The verdicts as residents read them: criterion, its explanation, verdict and reason. */
    public List<PublicDecision.Line> verdictLines() {
        return assessments.stream().map(a -> new PublicDecision.Line(a.getCriterion().getName(),
                a.getCriterion().getExplanation(), a.getVerdict(), a.getReason())).toList();
    }

    /** Who proposed and who settled the decision, and when. */
    public FourEyes getFourEyes() {
        return fourEyes;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public LocalDate getChangesDueOn() {
        return changesDueOn;
    }
}
