package nl.wijkfonds.allocation;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Finding a project's smallest payment in a run of the Method of Equal Shares: the second speed-up of
 * {@link EqualShares}. The supporters are counted per budget level (the tally) and walked from poor to
 * rich: the poor pay all they have, and at the first level whose money covers an equal part of the rest,
 * everyone from there up pays that part.
 *
 * <p>The walk first runs on the levels' fixed-point approximations: every amount is known to lie within
 * the error bound, so it works with an interval [low, high] of the remaining cost and only decides what
 * the interval proves (a level certainly poor, or certainly able to pay). When a comparison is too close
 * to call, it gives up and the same walk runs on exact money. Either way every decision is exact, and
 * almost all of the arithmetic is on {@code long}s.
 */
class PaymentSearch extends BudgetLevels {

    /** Proves that the run repeats for larger shares; null when nobody asked (see {@link SkipProof}). */
    SkipProof proof;

    PaymentSearch(Instance instance, SupportGroups groups, Fraction share) {
        super(instance, groups, share);
    }

    boolean tracking() {
        return proof != null && proof.tracking();
    }

    @Override
    void nodesGrown(int size) {
        if (proof != null) {
            proof.nodesGrown(size);
        }
    }

    @Override
    void nodeAdded(int node, int from) {
        if (tracking()) {
            proof.nodeAdded(node, from);
        }
    }

    @Override
    void purchaseRecorded(int purchase, int[] poorLevels, long payers) {
        if (tracking()) {
            proof.purchaseRecorded(purchase, poorLevels, payers);
        }
    }

    /**
     * The walk on approximations, on p's current tally; {@code unit} is the satisfaction a supporter gets.
     * Null when some comparison is too close to call.
     */
    PaymentRange approximately(int p, long unit) {
        long cost = instance.project(p).cost();
        long low = cost << shift; // remaining cost, as an interval
        long high = low;
        long payers = groups.supporters[p];
        long poorGrowth = 0;
        for (int i = 0; i < touchedCount; i++) {
            int l = touched[i];
            long w = weightOnLevel[l];
            long moneyLow = Math.max(0, levelApprox[l] - error);
            long moneyHigh = levelApprox[l] + error;
            if (moneyLow * payers >= high) {
                // certainly everyone from here up can pay an equal share (later levels have at least as much)
                BigInteger scale = BigInteger.valueOf(payers).multiply(BigInteger.valueOf(unit)).shiftLeft(shift);
                return new PaymentRange(true, Fraction.of(BigInteger.valueOf(low), scale),
                        Fraction.of(BigInteger.valueOf(high), scale), false, null, i, payers, poorGrowth);
            }
            if (moneyHigh * payers >= low) {
                return null;
            }
            low -= w * moneyHigh; // certainly poor: pays all it has
            high -= w * moneyLow;
            payers -= w;
            if (tracking()) {
                poorGrowth = SkipProof.addGrowth(poorGrowth, w, proof.growthOfLevel(l));
            }
        }
        // low (> 0) is at most the shortfall, times 2^shift
        return tracking() ? PaymentRange.shortBy(Fraction.of(low, 1L << shift), poorGrowth) : PaymentRange.UNAFFORDABLE;
    }

    /** The same walk on exact money. */
    PaymentRange exactly(int p, long unit) {
        long cost = instance.project(p).cost();
        BigInteger[] money = new BigInteger[levelNode.length];
        Integer[] byMoney = new Integer[touchedCount];
        for (int i = 0; i < touchedCount; i++) {
            byMoney[i] = touched[i];
            money[touched[i]] = exactMoney(levelNode[touched[i]]);
        }
        Arrays.sort(byMoney, (a, b) -> money[a].compareTo(money[b]));
        BigInteger remainingCost = BigInteger.valueOf(cost).multiply(den);
        long payers = groups.supporters[p];
        long poorGrowth = 0;
        for (int i = 0; i < byMoney.length; i++) {
            int l = byMoney[i];
            if (money[l].multiply(BigInteger.valueOf(payers)).compareTo(remainingCost) >= 0) {
                int[] poor = new int[i];
                for (int k = 0; k < i; k++) {
                    poor[k] = byMoney[k];
                }
                Fraction rho = Fraction.of(remainingCost,
                        den.multiply(BigInteger.valueOf(payers)).multiply(BigInteger.valueOf(unit)));
                return new PaymentRange(true, rho, rho, true, poor, poor.length, payers, poorGrowth);
            }
            remainingCost = remainingCost.subtract(money[l].multiply(BigInteger.valueOf(weightOnLevel[l])));
            payers -= weightOnLevel[l];
            if (tracking()) {
                poorGrowth = SkipProof.addGrowth(poorGrowth, weightOnLevel[l], proof.growthOfLevel(l));
            }
        }
        return tracking() ? PaymentRange.shortBy(Fraction.of(remainingCost, den), poorGrowth) : PaymentRange.UNAFFORDABLE;
    }
}
