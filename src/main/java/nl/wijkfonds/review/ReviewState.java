package nl.wijkfonds.review;

import java.util.Locale;

/** Where a plan's review stands. */
public enum ReviewState {
    /** No reviewer yet (or no longer: they declared a conflict of interest, or the plan was appealed). */
    AWAITING_ASSIGNMENT,
    /** A reviewer assesses it against the criteria. */
    IN_REVIEW,
    /** The reviewer proposed a decision; a second official must confirm it before it takes effect. */
    AWAITING_CONFIRMATION,
    /** The submitter was asked for changes and may make them until a set day. */
    CHANGES_REQUESTED,
    /** Eligible or ineligible, confirmed. */
    DECIDED;

    public String messageKey() {
        return "review.state." + name().toLowerCase(Locale.ROOT);
    }
}
