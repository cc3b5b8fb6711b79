package nl.wijkfonds.review;

/** A decision takes effect only once a second official confirms it; they may also return it to the reviewer. */
public enum DecisionState {
    PROPOSED, CONFIRMED, RETURNED
}
