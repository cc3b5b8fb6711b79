package nl.wijkfonds.review.web;

import nl.wijkfonds.review.Assessment;
import nl.wijkfonds.review.CriterionVerdict;
import nl.wijkfonds.review.EligibilityCriterion;
import nl.wijkfonds.web.TypedInput;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reviewer fills in, as typed: a verdict and reason per criterion of the round (in its order), and
 * optionally the municipality's own estimate of the cost with its reason.
 */
public class AssessmentForm implements Serializable {

    private final List<VerdictRow> verdicts = new ArrayList<>();
    private String adjustedCost;
    private String costReason;

    /** One criterion's verdict as chosen and typed. */
    public static class VerdictRow implements Serializable {

        private final long criterionId;
        private final String criterion;
        private final String explanation;
        private CriterionVerdict verdict;
        private String reason;

        VerdictRow(EligibilityCriterion criterion) {
            this.criterionId = criterion.getId();
            this.criterion = criterion.getName();
            this.explanation = criterion.getExplanation();
        }

        public String getCriterion() {
            return criterion;
        }

        public String getExplanation() {
            return explanation;
        }

        public CriterionVerdict getVerdict() {
            return verdict;
        }

        public void setVerdict(CriterionVerdict verdict) {
            this.verdict = verdict;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** An empty assessment of these criteria. */
    static AssessmentForm of(List<EligibilityCriterion> criteria) {
        AssessmentForm form = new AssessmentForm();
        criteria.forEach(c -> form.verdicts.add(new VerdictRow(c)));
        return form;
    }

    Assessment toAssessment(TypedInput input) {
        return new Assessment(verdicts.stream()
                .map(row -> new Assessment.Verdict(row.criterionId, row.verdict, row.reason))
                .toList(), input.money("adjustedCost", adjustedCost), costReason);
    }

    public List<VerdictRow> getVerdicts() {
        return verdicts;
    }

    public String getAdjustedCost() {
        return adjustedCost;
    }

    public void setAdjustedCost(String adjustedCost) {
        this.adjustedCost = adjustedCost;
    }

    public String getCostReason() {
        return costReason;
    }

    public void setCostReason(String costReason) {
        this.costReason = costReason;
    }
}
