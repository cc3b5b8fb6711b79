package nl.wijkfonds.review;

import java.util.Locale;

/** Where a submitted plan stands in the review, as the officials' dashboard counts it. */
public enum ReviewProgress {
    AWAITING_ASSIGNMENT, IN_REVIEW, AWAITING_CONFIRMATION, CHANGES_REQUESTED, APPEALED, ELIGIBLE, INELIGIBLE,
    WITHDRAWN;

    public String messageKey() {
        return "review.progress." + name().toLowerCase(Locale.ROOT);
    }
}
