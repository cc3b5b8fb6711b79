package nl.wijkfonds.allocation;

/**
 * How far iterated MES asks its tracked runs to prove that the next shares repeat the run ({@link SkipProof}):
 * a power of two of amounts, first the smallest that covers one currency unit, after a proven jump twice
 * what was proven (the run halves it as needed), at most 2^20 currency units. A run that proves nothing
 * costs time, so after one the completion does plain runs for a while: 1, then 2, 4, 8 and at most 16
 * after each further failure in a row, and 1 again once a run proves something.
 */
final class SkipProbe {

    private static final int LONGEST_BACK_OFF = 16;

    private final long first;
    private final long max;
    private long probe;
    private int plainRunsLeft;
    private int backOff = 1;

    SkipProbe(long currencyUnit) {
        long power = Long.highestOneBit(currencyUnit);
        first = power == currencyUnit ? power : power * 2;
        max = Math.min(first, 1L << 42) << 20; // at most 2^62: twice a probe still fits a long
        probe = first;
    }

    /** Whether the next run is tracked; when not, one plain run is counted off. */
    boolean tracksNextRun() {
        if (plainRunsLeft > 0) {
            plainRunsLeft--;
            return false;
        }
        return true;
    }

    /** The share growth the next tracked run tries to prove. */
    long probe() {
        return probe;
    }

    /** A tracked run proved that the next {@code sameFor} amounts repeat it (0: not even one). */
    void proved(long sameFor) {
        if (sameFor > 0) {
            probe = sameFor >= max / 2 ? max : Math.max(sameFor * 2, first);
            backOff = 1;
        } else {
            plainRunsLeft = backOff;
            backOff = Math.min(backOff * 2, LONGEST_BACK_OFF);
        }
    }
}
