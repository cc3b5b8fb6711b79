package nl.wijkfonds.allocation;

/**
 * The four ways a resident can fill in a ballot, one vocabulary for the platform (a round's voting method) and
 * the engine. Cost and cardinality satisfaction only look at which projects are on a ballot, so points and ranks
 * matter to the rules only where a rule says so.
 */
public enum BallotKind {
    /** Tick any projects you like (pabulib "approval"; "choose-1" is approval with one tick). */
    APPROVAL,
    /** Distribute points over projects (pabulib "cumulative"). */
    CUMULATIVE,
    /** Rank projects, best first (pabulib "ordinal"). */
    RANKING,
    /** Approve projects whose total cost fits the budget limit. */
    KNAPSACK
}
