package nl.wijkfonds.plan;

import java.util.Locale;

/**
 * Where a plan stands. Drafts are the submitter's own; every other status is public. The review's confirmed
 * decisions move a submitted plan on (see {@code nl.wijkfonds.review}).
 */
public enum PlanStatus {
    /** Being written; only its submitter (and officials) can see it. */
    DRAFT,
    /** Submitted and public; editable by its submitter until the submission phase ends, then under review. */
    SUBMITTED,
    /** The review asks for changes: its submitter may edit it until a set day, then send it back. */
    CHANGES_REQUESTED,
    /** Admitted by the review: it goes on the ballot, at the adjusted cost when the municipality set one. */
    ELIGIBLE,
    /** Not admitted by the review, with public reasons; its submitter may appeal once. */
    INELIGIBLE,
    /** Taken back by its submitter before voting opened; stays public, marked as withdrawn. */
    WITHDRAWN;

    /** The statuses the public gallery shows, in the order its filter offers them. */
    public static final java.util.List<PlanStatus> PUBLIC = java.util.List.of(SUBMITTED, CHANGES_REQUESTED, ELIGIBLE,
            INELIGIBLE, WITHDRAWN);

    public boolean isPublic() {
        return this != DRAFT;
    }

    public String messageKey() {
        return "plan.status." + name().toLowerCase(Locale.ROOT);
    }
}
