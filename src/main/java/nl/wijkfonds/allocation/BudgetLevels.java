package nl.wijkfonds.allocation;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The voters' money during one run of the Method of Equal Shares, kept per <em>budget level</em>: the
 * first speed-up of {@link EqualShares}.
 *
 * <p>Every satisfaction here gives all supporters of a project the same satisfaction, so two voters who
 * paid in full for the same projects have exactly the same money left. A <em>node</em> is such a history
 * of full payments (its parent's history plus one purchase); a <em>level</em> holds the support groups
 * whose voters share a node. There are the voters who paid nothing (the root), the voters who paid all
 * they had (the empty node, exactly 0 left), and one level per other history. A level's money is the
 * starting share minus the payments of its history, exactly: the share and every payment are numerators
 * over one shared denominator, which grows only by what a payment needs. Next to it each level keeps a
 * fixed-point approximation (value × 2^shift, rounded down), whose error is at most {@link #error}: the
 * payment search decides on these where the error bound allows ({@link PaymentSearch}).
 *
 * <p>The levels in use are kept ordered from poor to rich without sorting: after a purchase, the levels
 * left behind keep their order, and the levels the payers move to keep theirs (all pay the same amount),
 * so one merge of the two ordered lists gives the new order.
 */
class BudgetLevels {

    static final int ROOT = 0;
    /** The node of voters who paid all they had: exactly 0 left. */
    static final int EMPTY = 1;

    final Instance instance;
    final SupportGroups groups;

    // exact: the share and every payment as numerators over den
    BigInteger den;
    BigInteger shareNum;
    BigInteger[] paymentNum = new BigInteger[8];
    int purchases;

    // approximate: value * 2^shift rounded down; a level's true value is within +-error of its approximation
    /** Fixed-point bits; {@link #EXACT} when the amounts leave too little room: then everything is exact. */
    final int shift;
    static final int EXACT = -1;
    long[] paymentApprox = new long[8];
    long error = 1;

    // a node is a history of full payments: its parent's history plus one purchase
    int[] nodeParent = new int[64];
    int[] nodePurchase = new int[64];
    long[] nodeApprox = new long[64];
    int nodeCount;

    // levels: a level has a stable id; order lists the ids in use by approximate money (poor to rich)
    int[] levelNode = new int[16];
    long[] levelApprox = new long[16];
    int[] levelGroups = new int[16];
    int[] rankOf = new int[16];
    int[] order = new int[16];
    int orderCount;
    private int nextId;
    private int[] freeIds = new int[16];
    private int freeCount;
    private int emptyId = -1;
    final int[] groupLevel;

    // the tally of one project: its supporters per level, the levels touched from poor to rich
    long[] weightOnLevel = new long[16];
    int[] touched = new int[16];
    int touchedCount;
    private long[] sortKeys = new long[16];
    private long[] rankBits = new long[4];
    private int[] scratch = new int[16];

    /** Everybody starts on the root level with {@code share}. */
    BudgetLevels(Instance instance, SupportGroups groups, Fraction share) {
        this.instance = instance;
        this.groups = groups;
        this.groupLevel = new int[groups.groupCount()];
        den = share.denominator();
        shareNum = share.numerator();
        // the largest amount the walk multiplies out must stay below 2^61
        BigInteger ceilShare = shareNum.add(den).subtract(BigInteger.ONE).divide(den);
        long maxCost = 1;
        for (Project p : instance.projects()) {
            maxCost = Math.max(maxCost, p.cost());
        }
        BigInteger largest = ceilShare.multiply(BigInteger.valueOf(Math.max(1, groups.voters))).max(BigInteger.valueOf(maxCost));
        int bits = 61 - largest.bitLength();
        shift = bits >= 8 ? bits : EXACT; // too little room: decide everything exactly
        nodeCount = 2;
        nodeParent[ROOT] = -1;
        nodeParent[EMPTY] = -1;
        nodeApprox[ROOT] = approximation(shareNum);
        int root = newLevel(ROOT, nodeApprox[ROOT]);
        levelGroups[root] = groupLevel.length; // everybody starts on the root level (id 0)
        order[0] = root;
        orderCount = 1;
    }

    /** A numerator over den in fixed point, rounded down (0 when everything is exact). */
    private long approximation(BigInteger numerator) {
        return shift == EXACT ? 0 : numerator.shiftLeft(shift).divide(den).longValueExact();
    }

    /** Called when the node arrays grow to {@code size}. */
    void nodesGrown(int size) {
    }

    /**
     * Called when a purchase made voters on {@code from} pay the level: they move to the new node
     * {@code node}.
     */
    void nodeAdded(int node, int from) {
    }

    /** Called after payment {@code purchase} is recorded, before the supporters move. */
    void purchaseRecorded(int purchase, int[] poorLevels, long payers) {
    }

    /** Counts the supporters of p per level into weightOnLevel; touched levels poor to rich. */
    void tally(int p) {
        touchedCount = 0;
        int[] of = groups.groupsOf[p];
        long[] weights = groups.weightsOf[p];
        for (int i = 0; i < of.length; i++) {
            int l = groupLevel[of[i]];
            if (weightOnLevel[l] == 0) {
                touched[touchedCount++] = l;
            }
            weightOnLevel[l] += weights[i];
        }
        // order the touched levels poor to rich: mark their ranks in a bit set and read it out in order
        // when many are touched, else sort by rank
        if (touchedCount * 256 > orderCount) {
            int words = (orderCount + 63) >>> 6;
            if (rankBits.length < words) {
                rankBits = new long[Math.max(words, rankBits.length * 2)];
            }
            for (int i = 0; i < touchedCount; i++) {
                int r = rankOf[touched[i]];
                rankBits[r >>> 6] |= 1L << r;
            }
            int k = 0;
            for (int w = 0; w < words; w++) {
                long bits = rankBits[w];
                if (bits == 0) {
                    continue;
                }
                rankBits[w] = 0;
                do {
                    touched[k++] = order[(w << 6) + Long.numberOfTrailingZeros(bits)];
                    bits &= bits - 1;
                } while (bits != 0);
            }
        } else {
            for (int i = 0; i < touchedCount; i++) {
                sortKeys[i] = ((long) rankOf[touched[i]] << 32) | touched[i];
            }
            Arrays.sort(sortKeys, 0, touchedCount);
            for (int i = 0; i < touchedCount; i++) {
                touched[i] = (int) sortKeys[i];
            }
        }
    }

    void clearTally() {
        for (int i = 0; i < touchedCount; i++) {
            weightOnLevel[touched[i]] = 0;
        }
    }

    /** Exact money of a node, as a numerator over den: the share minus the payments of its history. */
    BigInteger exactMoney(int node) {
        if (node == EMPTY) {
            return BigInteger.ZERO;
        }
        BigInteger money = shareNum;
        for (int n = node; n != ROOT; n = nodeParent[n]) {
            money = money.subtract(paymentNum[nodePurchase[n]]);
        }
        return money;
    }

    /**
     * Exact total money of the voters on the given levels (weights from the current tally), as a
     * numerator over den: the share times their number, minus every payment times how many of them
     * made it. Integer counting first, so the big numbers are touched once per purchase.
     */
    BigInteger moneyOf(int[] levels, int count) {
        long[] paidBy = new long[purchases];
        long holders = 0;
        for (int i = 0; i < count; i++) {
            int l = levels[i];
            int node = levelNode[l];
            if (node == EMPTY) {
                continue;
            }
            long w = weightOnLevel[l];
            holders += w;
            for (int n = node; n != ROOT; n = nodeParent[n]) {
                paidBy[nodePurchase[n]] += w;
            }
        }
        BigInteger total = shareNum.multiply(BigInteger.valueOf(holders));
        for (int k = 0; k < purchases; k++) {
            if (paidBy[k] != 0) {
                total = total.subtract(paymentNum[k].multiply(BigInteger.valueOf(paidBy[k])));
            }
        }
        return total;
    }

    /** A new, still empty level for a node; ids of dropped levels are reused. */
    private int newLevel(int node, long approx) {
        int id;
        if (freeCount > 0) {
            id = freeIds[--freeCount];
        } else {
            id = nextId++;
            if (id == levelNode.length) {
                int size = id * 2;
                levelNode = Arrays.copyOf(levelNode, size);
                levelApprox = Arrays.copyOf(levelApprox, size);
                levelGroups = Arrays.copyOf(levelGroups, size);
                rankOf = Arrays.copyOf(rankOf, size);
                weightOnLevel = Arrays.copyOf(weightOnLevel, size);
                scratch = Arrays.copyOf(scratch, size);
                touched = Arrays.copyOf(touched, size);
                sortKeys = Arrays.copyOf(sortKeys, size);
                order = Arrays.copyOf(order, size);
            }
        }
        levelNode[id] = node;
        levelApprox[id] = approx;
        levelGroups[id] = 0;
        return id;
    }

    private int newNode(int parent, int purchase, long approx) {
        if (nodeCount == nodeParent.length) {
            int size = nodeCount * 2;
            nodeParent = Arrays.copyOf(nodeParent, size);
            nodePurchase = Arrays.copyOf(nodePurchase, size);
            nodeApprox = Arrays.copyOf(nodeApprox, size);
            nodesGrown(size);
        }
        nodeParent[nodeCount] = parent;
        nodePurchase[nodeCount] = purchase;
        nodeApprox[nodeCount] = approx;
        return nodeCount++;
    }

    /**
     * Records the purchase of p: the supporters on {@code poorLevels} (or, when that is null, on the first
     * {@code poorCount} levels of p's tally) pay all they have, the other {@code payers} voters the equal
     * payment, computed exactly here, and move to their new levels.
     * Returns the payment as a numerator over the (possibly grown) {@link #den}. {@code before}, when not
     * null, is a numerator over den that is scaled along (the supporters' money before, for explanations).
     */
    BigInteger pay(int p, int[] poorLevelsOrNull, int poorCount, long payers, BigInteger[] before) {
        tally(p);
        int[] poorLevels = poorLevelsOrNull != null ? poorLevelsOrNull : Arrays.copyOf(touched, poorCount);
        long cost = instance.project(p).cost();
        long poorWeight = 0;
        for (int l : poorLevels) {
            poorWeight += weightOnLevel[l];
        }
        if (before != null) {
            before[0] = moneyOf(touched, touchedCount);
        }
        BigInteger remainingCost = BigInteger.valueOf(cost).multiply(den)
                .subtract(moneyOf(poorLevels, poorLevels.length));
        BigInteger payersBig = BigInteger.valueOf(payers);
        // gcd(remaining, payers) = gcd(payers, remaining mod payers): one division of the big number,
        // then longs (BigInteger.gcd works the big number bit by bit)
        long gcdA = payers;
        long gcdB = remainingCost.mod(payersBig).longValueExact();
        while (gcdB != 0) {
            long t = gcdA % gcdB;
            gcdA = gcdB;
            gcdB = t;
        }
        BigInteger common = BigInteger.valueOf(gcdA);
        BigInteger scale = payersBig.divide(common);
        if (!scale.equals(BigInteger.ONE)) {
            den = den.multiply(scale);
            shareNum = shareNum.multiply(scale);
            for (int k = 0; k < purchases; k++) {
                paymentNum[k] = paymentNum[k].multiply(scale);
            }
            if (before != null) {
                before[0] = before[0].multiply(scale);
            }
        }
        if (purchases == paymentNum.length) {
            paymentNum = Arrays.copyOf(paymentNum, purchases * 2);
            paymentApprox = Arrays.copyOf(paymentApprox, purchases * 2);
        }
        int purchase = purchases++;
        BigInteger pay = remainingCost.divide(common);
        paymentNum[purchase] = pay;
        paymentApprox[purchase] = approximation(pay);
        error = purchases + 1L;
        purchaseRecorded(purchase, poorLevels, payers);
        moveSupporters(p, poorLevels, poorWeight, purchase);
        return pay;
    }

    /**
     * The poor go to the EMPTY level, payers to a new level below their own (scratch[id]: the level the
     * supporters on level id move to; touched is in order), then the levels are merged back into order.
     * A new EMPTY level (0) comes before every payer's new level: their approximations are at least 0, as
     * the share's rounded-down approximation is at least the sum of the rounded-down payments it covers.
     */
    private void moveSupporters(int p, int[] poorLevels, long poorWeight, int purchase) {
        int[] moved = new int[touchedCount + 1];
        int movedCount = 0;
        if (poorWeight > 0 && emptyId < 0) {
            emptyId = newLevel(EMPTY, 0);
            moved[movedCount++] = emptyId;
        }
        for (int l : poorLevels) {
            scratch[l] = -1; // marker, resolved below
        }
        for (int i = 0; i < touchedCount; i++) {
            int l = touched[i];
            if (scratch[l] == -1) {
                scratch[l] = emptyId;
                continue;
            }
            long approx = levelApprox[l] - paymentApprox[purchase];
            int node = newNode(levelNode[l], purchase, approx);
            nodeAdded(node, levelNode[l]);
            int child = newLevel(node, approx);
            scratch[l] = child;
            moved[movedCount++] = child;
        }
        for (int g : groups.groupsOf[p]) {
            int from = groupLevel[g];
            int to = scratch[from];
            levelGroups[from]--;
            levelGroups[to]++;
            groupLevel[g] = to;
        }
        clearTally();
        // merge the levels still in use with the new ones, both ordered by approximate money
        int[] merged = new int[orderCount + movedCount];
        int count = 0;
        int a = 0;
        int b = 0;
        while (a < orderCount || b < movedCount) {
            boolean takeOld = b == movedCount || (a < orderCount && levelApprox[order[a]] <= levelApprox[moved[b]]);
            int id = takeOld ? order[a++] : moved[b++];
            if (levelGroups[id] == 0) {
                freeIds = freeCount == freeIds.length ? Arrays.copyOf(freeIds, freeCount * 2) : freeIds;
                freeIds[freeCount++] = id; // nobody left on it
                continue;
            }
            rankOf[id] = count;
            merged[count++] = id;
        }
        // order grows with the level ids (newLevel), so it holds every level in use
        System.arraycopy(merged, 0, order, 0, count);
        orderCount = count;
    }
}
