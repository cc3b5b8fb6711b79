package nl.wijkfonds.plan;

/**
 * A submitter made the changes the review asked for and sent the plan back. Fired inside the transaction of that
 * change, so that the review (which builds on plans, not the other way round) moves on together with the plan.
 */
public record PlanResubmitted(long planId) {
}
