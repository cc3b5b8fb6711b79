package nl.wijkfonds.review;

import java.util.Locale;

/** How a plan measures up to one criterion. Every verdict but "meets" needs a reason that residents can read. */
public enum CriterionVerdict {
    MEETS, DOES_NOT_MEET, NEEDS_CHANGE;

    public boolean needsReason() {
        return this != MEETS;
    }

    public String messageKey() {
        return "review.verdict." + name().toLowerCase(Locale.ROOT);
    }
}
