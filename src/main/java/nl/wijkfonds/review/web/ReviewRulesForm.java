package nl.wijkfonds.review.web;

import nl.wijkfonds.review.EligibilityCriterion;
import nl.wijkfonds.review.ReviewRules;
import nl.wijkfonds.review.ReviewRulesSetup;
import nl.wijkfonds.web.TypedInput;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the official types into the criteria set-up, as typed; {@link #toSetup} reads it into the command. */
public class ReviewRulesForm implements Serializable {

    private String changeDays;
    private final List<CriterionRow> criteria = new ArrayList<>();

    /** A criterion as typed; {@code id} is set for an existing one. */
    public static class CriterionRow implements Serializable {

        private Long id;
        private String name;
        private String explanation;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getExplanation() {
            return explanation;
        }

        public void setExplanation(String explanation) {
            this.explanation = explanation;
        }
    }

    /** The round's rules as the form shows them. */
    static ReviewRulesForm of(ReviewRules rules) {
        ReviewRulesForm form = new ReviewRulesForm();
        form.changeDays = String.valueOf(rules.getChangeDays());
        for (EligibilityCriterion criterion : rules.getCriteria()) {
            form.criteria.add(row(criterion.getId(), criterion.getName(), criterion.getExplanation()));
        }
        return form;
    }

    /** A set-up to start from, such as the standard criteria, not yet stored. */
    static ReviewRulesForm of(ReviewRulesSetup setup) {
        ReviewRulesForm form = new ReviewRulesForm();
        form.changeDays = String.valueOf(setup.changeDays());
        setup.criteria().forEach(c -> form.criteria.add(row(null, c.name(), c.explanation())));
        return form;
    }

    private static CriterionRow row(Long id, String name, String explanation) {
        CriterionRow row = new CriterionRow();
        row.id = id;
        row.name = name;
        row.explanation = explanation;
        return row;
    }

    ReviewRulesSetup toSetup(TypedInput input) {
        return new ReviewRulesSetup(input.number("changeDays", changeDays), criteria.stream()
                .map(row -> new ReviewRulesSetup.CriterionSetup(row.id, row.name, row.explanation))
                .toList());
    }

    public String getChangeDays() {
        return changeDays;
    }

    public void setChangeDays(String changeDays) {
        this.changeDays = changeDays;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }
}
