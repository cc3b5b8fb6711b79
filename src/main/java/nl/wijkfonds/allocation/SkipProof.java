package nl.wijkfonds.allocation;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The proof that lets iterated MES skip steps: the third speed-up of {@link EqualShares}. Iterated MES
 * reruns MES with every voter's share one currency unit higher each time; this proves, during a run at
 * share t, that the runs at every share t + d with 0 <= d <= delta make exactly the same purchases in the
 * same order, so the completion may jump over them ({@link Completion}).
 *
 * <p>Why it is exact: with the same purchases so far, a voter's money at t + d is at least her money at t
 * (more money lowers every water level, and max(0, m - level) grows with m and falls with the level). The
 * proof keeps per history of full payments (per node of the {@link BudgetLevels}) an upper bound on the
 * extra money at t + delta (convex in d, 0 at 0: a purchase whose poor supporters have extra E lowers the
 * level by at most E / payers) and a lower bound (concave: delta for everyone who never paid all she had,
 * plus proven falls of the levels they paid). Then a rival's payment per unit can fall at most linearly in
 * d, the winner's supporters can pay at least sum min(m + gain, x), and an unaffordable project stays
 * short while its supporters' extra money stays below its shortfall. Checking a purchase at d = 0 and
 * d = delta suffices (concave in between). All figures use the approximate money minus or plus its error
 * bound, and growth bounds are money at d = delta, times 2^shift.
 *
 * <p>Delta is a power of two, halved (with every bound, see {@link #halve}) whenever a check fails; when
 * not even 1 can be proven the proof gives up and the run goes on as a plain run.
 */
final class SkipProof {

    static final long INFINITE = Long.MAX_VALUE;
    private static final long GROWTH_CAP = 1L << 61;
    private static final long SUM_CAP = 1L << 62;
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final PaymentSearch levels;
    private boolean track;
    /** The share growth checked: d in [0, delta]. */
    private long delta;
    /**
     * Per project, the sum of the growth bounds of the voters paying all they have / the voters paying the
     * level, in the evaluation that gave its current payment range (0 / unused when never evaluated).
     */
    private final long[] boundPoor;
    private final long[] boundPayers;
    /** Per node, an upper bound on a voter's extra money at t + delta, times 2^shift, rounded up; INFINITE when too large. */
    private long[] nodeGrowth;
    /**
     * Per node, a lower bound on a voter's extra money at t + delta, times 2^shift, rounded down; concave
     * in delta and 0 at 0, so at t + d it is at least d / delta of this.
     */
    private long[] nodeGrowthLow;

    /** Starts proving for shares up to t + delta (made smaller when delta exceeds the share). */
    SkipProof(PaymentSearch levels, long delta) {
        this.levels = levels;
        int n = levels.instance.size();
        boundPoor = new long[n];
        boundPayers = new long[n];
        // delta at most the share keeps the sums below 2^62 (a share below 1 leaves 0: not tracked)
        while (BigInteger.valueOf(delta).multiply(levels.den).compareTo(levels.shareNum) > 0) {
            delta /= 2;
        }
        this.delta = delta;
        track = levels.shift != BudgetLevels.EXACT && Long.bitCount(delta) == 1;
        if (track) {
            nodeGrowth = new long[levels.nodeParent.length];
            nodeGrowthLow = new long[levels.nodeParent.length];
            nodeGrowth[BudgetLevels.ROOT] = delta << levels.shift; // at t + delta everyone has exactly delta more
            nodeGrowthLow[BudgetLevels.ROOT] = delta << levels.shift;
        }
    }

    boolean tracking() {
        return track;
    }

    /** delta when the run provably repeats for every share growth up to delta, else 0. */
    long sameFor() {
        return track ? delta : 0;
    }

    /** sum + weight * growth, or INFINITE when that gets too large (never rounded down). */
    static long addGrowth(long sum, long weight, long growth) {
        if (sum == INFINITE || growth == INFINITE) {
            return INFINITE;
        }
        if (growth != 0 && weight > (SUM_CAP - sum) / growth) {
            return INFINITE;
        }
        return sum + weight * growth;
    }

    long growthOfLevel(int l) {
        return nodeGrowth[levels.levelNode[l]];
    }

    /** growth + drop, INFINITE past the cap. */
    private static long grown(long growth, long drop) {
        if (growth == INFINITE || drop == INFINITE || growth + drop > GROWTH_CAP) {
            return INFINITE;
        }
        return growth + drop;
    }

    /**
     * Halves delta (a power of two): every upper growth bound is convex in d and 0 at 0, every lower one
     * concave and at least 0, so half of each (rounded outwards) bounds the growth at delta / 2; everything
     * proven for [0, delta] holds for [0, delta / 2]. When delta is 1: stop tracking.
     */
    private void halve() {
        if (delta <= 1) {
            track = false;
            return;
        }
        delta /= 2;
        for (int k = 0; k < nodeGrowth.length; k++) { // nodes not yet in use hold 0
            if (nodeGrowth[k] != INFINITE) {
                nodeGrowth[k] = (nodeGrowth[k] + 1) / 2;
            }
            nodeGrowthLow[k] /= 2;
        }
        for (int q = 0; q < boundPoor.length; q++) {
            if (boundPoor[q] != INFINITE) {
                boundPoor[q] = (boundPoor[q] + 1) / 2;
            }
        }
    }

    /** p was found affordable with payment range e: remember how far its payment can fall. */
    void evaluated(int p, PaymentRange e) {
        boundPoor[p] = e.poorGrowth();
        boundPayers[p] = e.payers();
    }

    /** p was found unaffordable: it must stay short at t + delta (its supporters only have more then). */
    void unaffordable(PaymentRange e) {
        if (e.low() == null || e.poorGrowth() == INFINITE) {
            track = false;
            return;
        }
        long growth = e.poorGrowth();
        while (track && e.low().times(1L << levels.shift).compareTo(growth) <= 0) {
            halve();
            growth = (growth + 1) / 2;
        }
    }

    /**
     * The purchase of pick must beat every other active project for every share t + d, 0 <= d <= delta;
     * halves delta until it does (or gives up). A rival's payment per unit is at least
     * low - (d / delta) * poorGrowth / (payers * unit) (its growth bounds are convex in d and 0 at d = 0, so
     * below their chord); call the minimum over rivals X(d), concave. Every voter not on the empty level
     * has at least d more at t + d (she always paid the level, and levels only fall), so the supporters of
     * pick can pay at least sum min(m + d, x) for a payment x; when that exceeds the cost at
     * x = X(d) * unit, the winner's payment is below X(d). That sum at X(d) is concave in d, so d = 0 and
     * d = delta suffice. {@code lowest.apply(q)}: a lower bound on q's payment per unit of satisfaction.
     */
    void purchase(List<Integer> active, int pick, IntFunction<Fraction> lowest, Fraction pickHigh,
                  Satisfaction satisfaction) {
        while (track && !provePurchase(active, pick, lowest, pickHigh, satisfaction)) {
            halve();
        }
    }

    private long unit(Satisfaction satisfaction, int p) {
        return satisfaction == Satisfaction.COST ? levels.instance.project(p).cost() : 1;
    }

    /** Whether the purchase of pick is proven for the current delta (see {@link #purchase}). */
    private boolean provePurchase(List<Integer> active, int pick, IntFunction<Fraction> lowest, Fraction pickHigh,
                                  Satisfaction satisfaction) {
        int shift = levels.shift;
        Fraction x0 = null;
        Fraction xd = null;
        Fraction scale = Fraction.of(1L << shift);
        for (int q : active) {
            if (q == pick || boundPoor[q] == 0) {
                continue; // no one pays all they have: its payment cannot fall (ties go to pick already)
            }
            if (boundPoor[q] == INFINITE) {
                track = false;
                return true;
            }
            Fraction low = lowest.apply(q);
            Fraction fallen = low.minus(Fraction.of(boundPoor[q])
                    .dividedBy(scale.times(boundPayers[q]).times(unit(satisfaction, q))));
            x0 = x0 == null || low.compareTo(x0) < 0 ? low : x0;
            xd = xd == null || fallen.compareTo(xd) < 0 ? fallen : xd;
        }
        if (x0 == null) {
            return true; // no rival can get cheaper
        }
        if (x0.compareTo(pickHigh) <= 0) {
            track = false; // not even at d = 0
            return true;
        }
        long u = unit(satisfaction, pick);
        long scaled0 = scaledPayment(x0, u);
        long scaledD = scaledPayment(xd, u);
        long sum0 = 0;
        long sumD = 0;
        levels.tally(pick);
        for (int i = 0; i < levels.touchedCount; i++) {
            int l = levels.touched[i];
            long w = levels.weightOnLevel[l];
            long money = Math.max(0, levels.levelApprox[l] - levels.error);
            sum0 += w * Math.min(money, scaled0);
            sumD += w * Math.min(money + nodeGrowthLow[levels.levelNode[l]], scaledD);
        }
        levels.clearTally();
        long cost = levels.instance.project(pick).cost() << shift;
        if (sum0 <= cost) {
            track = false; // not even at d = 0
            return true;
        }
        return sumD > cost;
    }

    /**
     * A payment per unit of satisfaction as money per supporter, times 2^shift, rounded down: at least 0
     * (a rival that may get free leaves nothing to prove) and at most a long (any payment above a voter's
     * money counts as that money).
     */
    private long scaledPayment(Fraction perUnit, long unit) {
        Fraction x = perUnit.times(unit);
        return x.numerator().shiftLeft(levels.shift).divide(x.denominator()).max(BigInteger.ZERO).min(LONG_MAX)
                .longValueExact();
    }

    /** The node arrays of the levels grew. */
    void nodesGrown(int size) {
        if (nodeGrowth != null) {
            nodeGrowth = Arrays.copyOf(nodeGrowth, size);
            nodeGrowthLow = Arrays.copyOf(nodeGrowthLow, size);
        }
    }

    // set by purchaseRecorded for the nodes of that purchase
    private long drop;
    private long dropLow;

    /**
     * Growth bounds after a purchase: the level at t + d is at most poorGrowth / payers lower, so every
     * supporter gains at most that on top of her own bound (the poor end with at most that, having 0 at t);
     * and the level falls by at least dropLow.
     */
    void purchaseRecorded(int purchase, int[] poorLevels, long payers) {
        long poorGrowth = 0;
        for (int l : poorLevels) {
            poorGrowth = addGrowth(poorGrowth, levels.weightOnLevel[l], growthOfLevel(l));
        }
        drop = poorGrowth == INFINITE ? INFINITE : (poorGrowth + payers - 1) / payers;
        long emptyGrowth = nodeGrowth[BudgetLevels.EMPTY];
        long payment = levels.paymentApprox[purchase];
        for (int l : poorLevels) {
            // at t + d a poor voter keeps max(0, her money + growth - level + drop); at t her money was
            // below the level by at least payment - (approximation + error)
            long g = grown(growthOfLevel(l), drop);
            long margin = payment - (levels.levelApprox[l] + levels.error);
            if (g != INFINITE) {
                g = Math.max(0, g - Math.max(0, margin));
            }
            emptyGrowth = Math.max(emptyGrowth, g);
        }
        nodeGrowth[BudgetLevels.EMPTY] = emptyGrowth;
        // the level falls by at least dropLow: at level - dropLow every poor voter still pays all she has
        // plus her certain gain (she stays below it while dropLow <= margin - gain), which covers
        // dropLow * payers when dropLow <= sum(weight * gain) / payers
        long gained = 0;
        long room = Long.MAX_VALUE;
        for (int l : poorLevels) {
            long low = nodeGrowthLow[levels.levelNode[l]];
            gained = addGrowth(gained, levels.weightOnLevel[l], low);
            long margin = payment - (levels.levelApprox[l] + levels.error);
            room = Math.min(room, margin - low);
        }
        dropLow = gained == INFINITE ? 0 : Math.max(0, Math.min(gained / payers, room));
    }

    /** Voters on node {@code from} paid the level of the last purchase and are now on {@code node}. */
    void nodeAdded(int node, int from) {
        nodeGrowth[node] = grown(nodeGrowth[from], drop);
        long low = nodeGrowthLow[from];
        nodeGrowthLow[node] = low + Math.min(dropLow, GROWTH_CAP - low);
    }
}
