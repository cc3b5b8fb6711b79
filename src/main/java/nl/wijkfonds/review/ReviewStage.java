package nl.wijkfonds.review;

/** A plan is reviewed once, and once more when its submitter appeals an ineligible decision. */
public enum ReviewStage {
    FIRST, APPEAL
}
