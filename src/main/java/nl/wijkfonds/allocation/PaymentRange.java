package nl.wijkfonds.allocation;

/**
 * What evaluating a project in a run of the Method of Equal Shares found: whether its supporters can pay
 * for it, and its payment per unit of satisfaction, known to lie in [low, high] (exact when
 * {@code exact}). The supporters who pay all they have are on {@code poorLevels}, or, when that is null,
 * on the first {@code poorCount} levels of the project's tally (which a purchase recomputes in the same
 * order); {@code payers} pay the equal payment. {@code poorGrowth} is only used by the {@link SkipProof}.
 */
record PaymentRange(boolean affordable, Fraction low, Fraction high, boolean exact, int[] poorLevels, int poorCount,
                    long payers, long poorGrowth) {

    static final PaymentRange UNAFFORDABLE = new PaymentRange(false, null, null, true, null, 0, 0, 0);

    /**
     * Unaffordable, the supporters being short by at least {@code shortfall} (money); {@code growth}: the
     * sum of their growth bounds (see {@link SkipProof}).
     */
    static PaymentRange shortBy(Fraction shortfall, long growth) {
        return new PaymentRange(false, shortfall, null, true, null, 0, 0, growth);
    }
}
