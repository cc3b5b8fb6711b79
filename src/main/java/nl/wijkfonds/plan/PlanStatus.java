package nl.wijkfonds.plan;

import java.util.Locale;

/** Where a plan stands. Drafts are the submitter's own; every other status is public. */
public enum PlanStatus {
    /** Being written; only its submitter (and officials) can see it. */
    DRAFT,
    /** Submitted and public; editable by its submitter until the submission phase ends. */
    SUBMITTED,
    /** Taken back by its submitter before voting opened; stays public, marked as withdrawn. */
    WITHDRAWN;

    /** The statuses the public gallery shows. */
    public static final java.util.List<PlanStatus> PUBLIC = java.util.List.of(SUBMITTED, WITHDRAWN);

    public boolean isPublic() {
        return this != DRAFT;
    }

    public String messageKey() {
        return "plan.status." + name().toLowerCase(Locale.ROOT);
    }
}
