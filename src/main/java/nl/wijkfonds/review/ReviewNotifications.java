package nl.wijkfonds.review;

/**
 * Tells a plan's submitter about the review of their plan. Called inside the transaction of the change, so that a
 * message leaves exactly when the decision it reports is stored.
 */
public interface ReviewNotifications {

    /** A decision about the plan took effect (it was confirmed by a second official). */
    void decisionTookEffect(Review review, ReviewDecision decision);
}
