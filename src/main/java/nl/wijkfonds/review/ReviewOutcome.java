package nl.wijkfonds.review;

import java.util.List;
import java.util.Locale;

/** What a review decides; it follows from the verdicts on the criteria, so that a decision never contradicts them. */
public enum ReviewOutcome {
    ELIGIBLE, INELIGIBLE, CHANGES_REQUESTED;

    /** Any criterion not met makes a plan ineligible; otherwise any that needs a change asks for changes. */
    static ReviewOutcome of(List<CriterionVerdict> verdicts) {
        if (verdicts.contains(CriterionVerdict.DOES_NOT_MEET)) {
            return INELIGIBLE;
        }
        return verdicts.contains(CriterionVerdict.NEEDS_CHANGE) ? CHANGES_REQUESTED : ELIGIBLE;
    }

    public String messageKey() {
        return "review.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
