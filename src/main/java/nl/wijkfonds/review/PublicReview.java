package nl.wijkfonds.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What everyone may know about a plan's review: the decisions that took effect (newest last), whether and when it
 * was appealed, and until when an ineligible plan may still be appealed (null when it may not).
 */
public record PublicReview(List<PublicDecision> decisions, Instant appealedAt, LocalDate appealUntil) {

    static final PublicReview NONE = new PublicReview(List.of(), null, null);

    /** An appeal was filed and not yet decided. */
    public boolean isAppealPending() {
        return appealedAt != null && decisions.stream().noneMatch(d -> d.stage() == ReviewStage.APPEAL);
    }
}
