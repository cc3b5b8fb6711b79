package nl.wijkfonds.round;

/** How residents fill in their ballot; the allocation engine reads ballots of each kind. */
public enum VotingMethod {
    /** Tick every plan you support. */
    APPROVAL,
    /** Tick plans you support, up to the budget. */
    KNAPSACK,
    /** Spread a number of points over plans. */
    CUMULATIVE,
    /** Put plans in order of preference. */
    RANKING;

    public String messageKey() {
        return "votingMethod." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
