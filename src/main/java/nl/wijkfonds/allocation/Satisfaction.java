package nl.wijkfonds.allocation;

/**
 * How much a voter is assumed to gain from a chosen project they support. Both measures only look at
 * whether the project is on the ballot (points and ranks are ignored), as in the reference library.
 */
public enum Satisfaction {
    /** A supporter gains the project's cost: big projects count for more. */
    COST("cost"),
    /** A supporter gains 1 per project: every project counts the same. */
    CARDINALITY("cardinality");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Total satisfaction of a project's supporters per unit of cost, the measure greedy sorts by:
     * supporters for cost satisfaction, supporters ÷ cost for cardinality. Only for a positive cost.
     */
    Fraction density(long supporters, long cost) {
        return this == COST ? Fraction.of(supporters) : Fraction.of(supporters, cost);
    }
}
