package nl.wijkfonds.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A decision's verdict on one criterion, with the reason residents read (required unless the plan meets it). */
@Embeddable
public class CriterionAssessment {

    @ManyToOne(optional = false)
    @JoinColumn(name = "criterion_id")
    private EligibilityCriterion criterion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CriterionVerdict verdict;

    @Column(length = 1000)
    private String reason;

    protected CriterionAssessment() {
    }

    CriterionAssessment(EligibilityCriterion criterion, CriterionVerdict verdict, String reason) {
        this.criterion = criterion;
        this.verdict = verdict;
        this.reason = reason;
    }

    public EligibilityCriterion getCriterion() {
        return criterion;
    }

    public CriterionVerdict getVerdict() {
        return verdict;
    }

    /** Null when the plan meets the criterion and the reviewer wrote nothing. */
    public String getReason() {
        return reason;
    }
}
