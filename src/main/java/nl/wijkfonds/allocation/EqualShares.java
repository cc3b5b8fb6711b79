package nl.wijkfonds.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Method of Equal Shares. The budget is split equally among the voters; each voter may only spend
 * their share on projects they support. In each step the rule buys the project whose supporters can pay
 * for it with the smallest maximal payment per unit of satisfaction (supporters who have less than that
 * pay all they have); a project whose supporters together cannot pay for it is dropped. It stops when no
 * project can be paid for. Supported projects that cost nothing are chosen up front; projects nobody
 * supports are never chosen.
 *
 * <p>Why it is fast: every satisfaction here gives all supporters of a project the same satisfaction, and
 * two voters who paid in full for the same projects have the same money left, so voters fall into
 * <em>budget levels</em>: the voters who paid nothing, the voters who paid all they had (0 left), and one
 * level per history of full payments. A level's money is the starting share minus the payments of its
 * history, exactly; the payments are kept as numerators over one shared denominator. The search itself
 * runs on fixed-point approximations of the levels' money with a known error bound and only decides
 * what the bound proves; when two numbers are too close to call, that step is redone exactly. So every
 * decision is exact, and almost all of the arithmetic is on {@code long}s. A project's supporters are
 * counted per level and the payment is found by walking the levels from poor to rich. The smallest
 * payment of a project can only grow as voters spend, so last step's value is a lower bound: projects are
 * looked at in order of that bound and the search stops as soon as the bound exceeds the best found.
 */
final class EqualShares {

    static final String PHASE = "equal-shares";

    private final Instance instance;
    private final SupportGroups groups;
    private final Satisfaction satisfaction;
    private final int[] rank;

    EqualShares(Instance instance, SupportGroups groups, Satisfaction satisfaction, int[] rank) {
        this.instance = instance;
        this.groups = groups;
        this.satisfaction = satisfaction;
        this.rank = rank;
    }

    /**
     * One run of MES where every voter starts with {@code share}. Returns the chosen projects in order.
     * Stops early (the result is then only known to cost more) once the chosen projects cost more than
     * {@code stopAbove}. Writes its reasons into {@code decisions} when that is not null.
     */
    List<Integer> run(Fraction share, long stopAbove, Decisions decisions, String tieBreak) {
        return new Run(share, decisions, tieBreak, false, 0).execute(stopAbove);
    }

    /**
     * A run at starting share t, and how many further whole units the share may grow with provably the
     * same run: for every integer d with 1 <= d <= {@code sameFor}, MES with starting share t + d makes
     * exactly the same purchases in the same order (only meaningful when the run was not stopped early).
     */
    record Tracked(List<Integer> chosen, long sameFor) {
    }

    /**
     * {@link #run} without explanations, also trying to prove that the run stays the same while the share
     * grows by up to {@code delta} (a power of two; halved inside the run as needed, 0 when not even 1
     * can be proven). Why it is exact: with the same purchases so far, a voter's money at t + d is at
     * least her money at t (more money lowers every water level, and max(0, m - level) grows with m and
     * falls with the level); the run keeps per history an upper bound on the extra money (convex in d, 0
     * at 0: a purchase whose poor supporters have extra E lowers the level by at most E / payers) and a
     * lower bound (concave: d for everyone who never paid all she had, plus proven falls of the levels
     * they paid). A rival's payment per unit can then fall at most linearly in d, the winner's
     * supporters can pay at least sum min(m + gain, x), and an unaffordable project stays short while its
     * supporters' extra money stays below its shortfall. Checking the purchase at d = 0 and d = delta
     * suffices (concave in between). All figures use the approximate money minus/plus its error bound.
     */
    Tracked runTracked(Fraction share, long stopAbove, String tieBreak, long delta) {
        Run run = new Run(share, null, tieBreak, true, delta);
        List<Integer> chosen = run.execute(stopAbove);
        return new Tracked(chosen, run.sameFor());
    }

    /** Projects MES can buy: supported, with a positive cost. */
    boolean isCandidate(int p) {
        return groups.supporters[p] > 0 && instance.project(p).cost() > 0;
    }

    /**
     * What evaluating a project found: its payment per unit of satisfaction lies in [low, high]. The
     * supporters who pay all they have are on {@code poorLevels}, or, when that is null, on the first
     * {@code poorCount} levels of the project's tally (which a purchase recomputes in the same order).
     */
    private record Evaluation(boolean affordable, Fraction low, Fraction high, boolean exact, int[] poorLevels,
                              int poorCount, long payers, long poorGrowth) {
        static final Evaluation UNAFFORDABLE = new Evaluation(false, null, null, true, null, 0, 0, 0);

        /**
         * Unaffordable, the supporters being short by at least {@code shortfall} (money); {@code growth}:
         * the sum of their growth bounds (see Run#nodeGrowth).
         */
        static Evaluation shortBy(Fraction shortfall, long growth) {
            return new Evaluation(false, shortfall, null, true, null, 0, 0, growth);
        }
    }

    /** The state of one run. */
    private final class Run {
        private static final int ROOT = 0;
        /** The node of voters who paid all they had: exactly 0 left. */
        private static final int EMPTY = 1;

        private final Decisions decisions;
        private final String tieBreak;

        // exact: the share and every payment as numerators over den
        private BigInteger den;
        private BigInteger shareNum;
        private BigInteger[] paymentNum = new BigInteger[8];
        private int purchases;

        // approximate: value * 2^shift rounded down; a level's true value is within +-error of its approximation
        private final int shift;
        private long[] paymentApprox = new long[8];
        private long error = 1;

        // a node is a history of full payments: its parent's history plus one purchase
        private int[] nodeParent = new int[64];
        private int[] nodePurchase = new int[64];
        private long[] nodeApprox = new long[64];
        private int nodeCount;

        // levels: a level has a stable id; order lists the ids in use by approximate money (poor to rich)
        private int[] levelNode = new int[16];
        private long[] levelApprox = new long[16];
        private int[] levelGroups = new int[16];
        private int[] rankOf = new int[16];
        private int[] order = new int[16];
        private int orderCount;
        private int nextId;
        private int[] freeIds = new int[16];
        private int freeCount;
        private int emptyId = -1;
        private final int[] groupLevel;

        private long[] weightOnLevel = new long[16];
        private int[] touched = new int[16];
        private long[] sortKeys = new long[16];
        private long[] rankBits = new long[4];
        private int[] scratch = new int[16];
        private int touchedCount;

        private final Fraction[] bound;
        private final Evaluation[] evaluation;
        private final boolean[] active;

        // tracking how long the same run holds when the share grows (see runTracked)
        private boolean track;
        /** Sum of the growth bounds of the voters paying all they have / voters paying the level, in the
         *  evaluation that gave evaluation[p] (0 / unused when never evaluated). */
        private final long[] boundPoor;
        private final long[] boundPayers;
        /**
         * Per node, an upper bound on a voter's extra money at share t + delta over t, times 2^shift,
         * rounded up; INFINITE when too large to track.
         */
        private long[] nodeGrowth;
        /**
         * Per node, a lower bound on a voter's extra money at t + delta over t, times 2^shift, rounded
         * down; concave in delta and 0 at 0, so at t + d it is at least d / delta of this.
         */
        private long[] nodeGrowthLow;

        /** The share growth checked: d in [0, delta]. Growth bounds are money at d = delta, times 2^shift. */
        private long delta;
        private static final long INFINITE = Long.MAX_VALUE;
        private static final long GROWTH_CAP = 1L << 61;
        private static final long SUM_CAP = 1L << 62;

        /** sum + weight * growth, or INFINITE when that gets too large (never rounded down). */
        private long addGrowth(long sum, long weight, long growth) {
            if (sum == INFINITE || growth == INFINITE) {
                return INFINITE;
            }
            if (growth != 0 && weight > (SUM_CAP - sum) / growth) {
                return INFINITE;
            }
            return sum + weight * growth;
        }

        private long growthOfLevel(int l) {
            return nodeGrowth[levelNode[l]];
        }

        Run(Fraction share, Decisions decisions, String tieBreak, boolean track, long delta) {
            this.track = track;
            this.delta = delta;
            this.decisions = decisions;
            this.tieBreak = tieBreak;
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
            shift = bits >= 8 ? bits : -1; // too little room: decide everything exactly
            nodeCount = 2;
            nodeParent[ROOT] = -1;
            nodeParent[EMPTY] = -1;
            nodeApprox[ROOT] = shift < 0 ? 0 : shareNum.shiftLeft(shift).divide(den).longValueExact();
            int root = newLevel(ROOT, nodeApprox[ROOT]);
            levelGroups[root] = groupLevel.length; // everybody starts on the root level (id 0)
            order[0] = root;
            orderCount = 1;
            int n = instance.size();
            bound = new Fraction[n];
            evaluation = new Evaluation[n];
            active = new boolean[n];
            boundPoor = track ? new long[n] : null;
            boundPayers = track ? new long[n] : null;
            while (this.delta > 1 && BigInteger.valueOf(this.delta).multiply(den).compareTo(shareNum) > 0) {
                this.delta /= 2;
            }
            if (track && (shift < 0 || this.delta < 1 || BigInteger.valueOf(this.delta).multiply(den).compareTo(shareNum) > 0
                    || Long.bitCount(this.delta) != 1)) {
                this.track = false; // delta at most the share keeps the sums below 2^62
            }
            nodeGrowth = this.track ? new long[nodeParent.length] : null;
            nodeGrowthLow = this.track ? new long[nodeParent.length] : null;
            if (this.track) {
                nodeGrowth[ROOT] = delta << shift; // at t + delta everyone has exactly delta more
                nodeGrowth[EMPTY] = 0;
                nodeGrowthLow[ROOT] = delta << shift;
                nodeGrowthLow[EMPTY] = 0;
            }
        }

        /** delta when the run provably repeats for every share growth up to delta, else 0. */
        long sameFor() {
            return track ? delta : 0;
        }

        /** growth + drop, INFINITE past the cap. */
        private long grown(long growth, long drop) {
            if (growth == INFINITE || drop == INFINITE || growth + drop > GROWTH_CAP) {
                return INFINITE;
            }
            return growth + drop;
        }

        /**
         * Halves delta (a power of two): every upper growth bound is convex in d and 0 at 0, every lower
         * one concave and at least 0, so half of each (rounded outwards) bounds the growth at delta / 2;
         * everything proven for [0, delta] holds for [0, delta / 2]. False when delta is 1: stop tracking.
         */
        private boolean halve() {
            if (delta <= 1) {
                track = false;
                return false;
            }
            delta /= 2;
            for (int k = 0; k < nodeCount; k++) {
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
            return true;
        }

        /** p was found unaffordable: it must stay short at t + delta (its supporters only have more then). */
        private void trackUnaffordable(int p, Evaluation e) {
            if (e.low() == null || e.poorGrowth() == INFINITE) {
                track = false;
                return;
            }
            long growth = e.poorGrowth();
            while (e.low().times(1L << shift).compareTo(growth) <= 0) {
                if (!halve()) {
                    return;
                }
                growth = (growth + 1) / 2;
            }
        }

        /**
         * The purchase of pick beats every other active project for every share t + d, 0 <= d <= delta.
         * A rival's payment per unit is at least low - (d / delta) * poorGrowth / (payers * unit) (its
         * growth bounds are convex in d and 0 at d = 0, so below their chord), call the minimum over
         * rivals X(d), concave. Every voter not on the empty level has at least d more at t + d (she
         * always paid the level, and levels only fall), so the supporters of pick can pay at least
         * sum min(m + d, x) for a payment x; when that exceeds the cost at x = X(d) * unit, the winner's
         * payment is below X(d). That sum at X(d) is concave in d, so d = 0 and d = delta suffice. Uses
         * the approximate money minus its error: lower bounds only.
         */
        private void trackPurchase(List<Integer> activeList, int pick) {
            while (track && !provePurchase(activeList, pick)) {
                halve();
            }
        }

        /** Whether the purchase of pick is proven for the current delta (see trackPurchase). */
        private boolean provePurchase(List<Integer> activeList, int pick) {
            Fraction x0 = null;
            Fraction xd = null;
            Fraction scale = Fraction.of(1L << shift);
            for (int q : activeList) {
                if (q == pick || boundPoor[q] == 0) {
                    continue; // no one pays all they have: its payment cannot fall (ties go to pick already)
                }
                if (boundPoor[q] == INFINITE) {
                    track = false;
                    return true;
                }
                Fraction low = lowOf(q);
                Fraction fallen = low.minus(Fraction.of(boundPoor[q])
                        .dividedBy(scale.times(boundPayers[q]).times(unit(q))));
                x0 = x0 == null || low.compareTo(x0) < 0 ? low : x0;
                xd = xd == null || fallen.compareTo(xd) < 0 ? fallen : xd;
            }
            if (x0 == null) {
                return true; // no rival can get cheaper
            }
            if (x0.compareTo(evaluation[pick].high()) <= 0) {
                track = false; // not even at d = 0
                return true;
            }
            if (xd.signum() <= 0) {
                return false;
            }
            long u = unit(pick);
            BigInteger cap = BigInteger.valueOf(nodeApprox[ROOT] + error + (delta << shift));
            Fraction x0u = x0.times(u);
            Fraction xdu = xd.times(u);
            long scaled0 = x0u.numerator().shiftLeft(shift).divide(x0u.denominator()).min(cap).longValueExact();
            long scaledD = xdu.numerator().shiftLeft(shift).divide(xdu.denominator()).min(cap).longValueExact();
            long sum0 = 0;
            long sumD = 0;
            tally(pick);
            for (int i = 0; i < touchedCount; i++) {
                int l = touched[i];
                long w = weightOnLevel[l];
                long money = Math.max(0, levelApprox[l] - error);
                sum0 += w * Math.min(money, scaled0);
                sumD += w * Math.min(money + nodeGrowthLow[levelNode[l]], scaledD);
            }
            clearTally();
            long cost = instance.project(pick).cost() << shift;
            if (sum0 <= cost) {
                track = false; // not even at d = 0
                return true;
            }
            return sumD > cost;
        }

        private Fraction lowOf(int q) {
            return evaluation[q] != null ? evaluation[q].low() : bound[q];
        }

        List<Integer> execute(long stopAbove) {
            List<Integer> chosen = new ArrayList<>();
            long cost = 0;
            List<Integer> activeList = new ArrayList<>();
            for (int p = 0; p < instance.size(); p++) {
                long c = instance.project(p).cost();
                long supporters = groups.supporters[p];
                if (supporters == 0) {
                    if (decisions != null) {
                        decisions.reject(p, PHASE, Reason.NobodySupports::new);
                    }
                } else if (c == 0) {
                    chosen.add(p);
                    if (decisions != null) {
                        decisions.choose(p, PHASE, () -> new Reason.CostsNothing(supporters));
                    }
                } else {
                    active[p] = true;
                    activeList.add(p);
                    // nobody has spent anything yet: all supporters pay cost / supporters
                    bound[p] = perSatisfaction(Fraction.of(c, supporters), c);
                }
            }
            List<Integer> evaluated = new ArrayList<>();
            while (!activeList.isEmpty() && cost <= stopAbove) {
                activeList.sort((a, b) -> {
                    int byBound = bound[a].compareTo(bound[b]);
                    return byBound != 0 ? byBound : Integer.compare(rank[a], rank[b]);
                });
                int best = -1; // smallest upper end so far
                evaluated.clear();
                for (int p : activeList) {
                    if (best >= 0 && bound[p].compareTo(evaluation[best].high()) > 0) {
                        break; // its payment can only be higher than its bound
                    }
                    Evaluation e = evaluate(p, false);
                    if (!e.affordable()) {
                        active[p] = false;
                        if (track) {
                            trackUnaffordable(p, e);
                        }
                        continue;
                    }
                    evaluation[p] = e;
                    bound[p] = e.low();
                    if (track) {
                        boundPoor[p] = e.poorGrowth();
                        boundPayers[p] = e.payers();
                    }
                    evaluated.add(p);
                    if (best < 0 || e.high().compareTo(evaluation[best].high()) < 0) {
                        best = p;
                    }
                }
                activeList.removeIf(p -> !active[p]);
                if (best < 0) {
                    break;
                }
                List<Integer> tied = winners(evaluated, best);
                tied.sort((a, b) -> Integer.compare(rank[a], rank[b]));
                int pick = tied.get(0);
                if (tied.size() > 1 && decisions != null) {
                    decisions.tie(PHASE, tied, tieBreak);
                }
                if (track) {
                    trackPurchase(activeList, pick);
                }
                buy(pick, evaluation[pick]);
                active[pick] = false;
                activeList.remove((Integer) pick);
                chosen.add(pick);
                cost += instance.project(pick).cost();
            }
            return chosen;
        }

        /**
         * The projects with the smallest payment per unit of satisfaction. Only projects whose range
         * reaches down to the best upper end can win; if that is more than one, they are evaluated exactly.
         */
        private List<Integer> winners(List<Integer> evaluated, int best) {
            List<Integer> candidates = new ArrayList<>();
            for (int q : evaluated) {
                if (evaluation[q].low().compareTo(evaluation[best].high()) <= 0) {
                    candidates.add(q);
                }
            }
            if (candidates.size() == 1) {
                return candidates;
            }
            Fraction min = null;
            for (int q : candidates) {
                if (!evaluation[q].exact()) {
                    evaluation[q] = evaluate(q, true);
                }
                Fraction rho = evaluation[q].low();
                if (min == null || rho.compareTo(min) < 0) {
                    min = rho;
                }
            }
            List<Integer> tied = new ArrayList<>();
            for (int q : candidates) {
                if (evaluation[q].low().equals(min)) {
                    tied.add(q);
                }
            }
            return tied;
        }

        /** Satisfaction a supporter gets from a project: its cost, or 1. */
        private long unit(int p) {
            return satisfaction == Satisfaction.COST ? instance.project(p).cost() : 1;
        }

        /** Payment per unit of satisfaction, the number MES minimises. */
        private Fraction perSatisfaction(Fraction pay, long cost) {
            return satisfaction == Satisfaction.COST ? pay.dividedBy(cost) : pay;
        }

        /** Counts the supporters of p per level into weightOnLevel; touched levels poor to rich. */
        private void tally(int p) {
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

        private void clearTally() {
            for (int i = 0; i < touchedCount; i++) {
                weightOnLevel[touched[i]] = 0;
            }
        }

        /**
         * Finds the smallest payment at which p's supporters can pay for it: walking from poor to rich,
         * the poor pay all they have and the rest share what remains equally.
         */
        private Evaluation evaluate(int p, boolean exactly) {
            tally(p);
            Evaluation e = exactly || shift < 0 ? null : approximately(p);
            if (e == null) {
                e = exactly(p);
            }
            if (!e.affordable() && decisions != null) {
                long cost = instance.project(p).cost();
                BigInteger moneyLeft = moneyOf(touched, touchedCount);
                BigInteger denominator = den;
                int step = decisions.chosenCount() + 1;
                long unit = instance.currencyUnit();
                decisions.reject(p, PHASE, () -> new Reason.SupportersCannotAfford(groups.supporters[p],
                        decisions.money(cost), Fraction.of(moneyLeft, denominator).dividedBy(unit), step));
            }
            clearTally();
            return e;
        }

        /** The walk on approximations; null when some comparison is too close to call. */
        private Evaluation approximately(int p) {
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
                    BigInteger scale = BigInteger.valueOf(payers).multiply(BigInteger.valueOf(unit(p))).shiftLeft(shift);
                    return new Evaluation(true, Fraction.of(BigInteger.valueOf(low), scale),
                            Fraction.of(BigInteger.valueOf(high), scale), false, null, i, payers, poorGrowth);
                }
                if (moneyHigh * payers >= low) {
                    return null;
                }
                low -= w * moneyHigh; // certainly poor: pays all it has
                high -= w * moneyLow;
                payers -= w;
                if (track) {
                    poorGrowth = addGrowth(poorGrowth, w, growthOfLevel(l));
                }
            }
            // low (> 0) is at most the shortfall, times 2^shift
            return track ? Evaluation.shortBy(Fraction.of(low, 1L << shift), poorGrowth) : Evaluation.UNAFFORDABLE;
        }

        /** The same walk on exact money. */
        private Evaluation exactly(int p) {
            long cost = instance.project(p).cost();
            BigInteger[] money = new BigInteger[levelNode.length];
            Integer[] order = new Integer[touchedCount];
            for (int i = 0; i < touchedCount; i++) {
                order[i] = touched[i];
                money[touched[i]] = exactMoney(levelNode[touched[i]]);
            }
            Arrays.sort(order, (a, b) -> money[a].compareTo(money[b]));
            BigInteger remainingCost = BigInteger.valueOf(cost).multiply(den);
            long payers = groups.supporters[p];
            long poorGrowth = 0;
            for (int i = 0; i < order.length; i++) {
                int l = order[i];
                if (money[l].multiply(BigInteger.valueOf(payers)).compareTo(remainingCost) >= 0) {
                    int[] poor = new int[i];
                    for (int k = 0; k < i; k++) {
                        poor[k] = order[k];
                    }
                    Fraction rho = Fraction.of(remainingCost,
                            den.multiply(BigInteger.valueOf(payers)).multiply(BigInteger.valueOf(unit(p))));
                    return new Evaluation(true, rho, rho, true, poor, poor.length, payers, poorGrowth);
                }
                remainingCost = remainingCost.subtract(money[l].multiply(BigInteger.valueOf(weightOnLevel[l])));
                payers -= weightOnLevel[l];
                if (track) {
                    poorGrowth = addGrowth(poorGrowth, weightOnLevel[l], growthOfLevel(l));
                }
            }
            return track ? Evaluation.shortBy(Fraction.of(remainingCost, den), poorGrowth) : Evaluation.UNAFFORDABLE;
        }

        /** Exact money of a node, as a numerator over den: the share minus the payments of its history. */
        private BigInteger exactMoney(int node) {
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
        private BigInteger moneyOf(int[] levels, int count) {
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
                if (nodeGrowth != null) {
                    nodeGrowth = Arrays.copyOf(nodeGrowth, size);
                    nodeGrowthLow = Arrays.copyOf(nodeGrowthLow, size);
                }
            }
            nodeParent[nodeCount] = parent;
            nodePurchase[nodeCount] = purchase;
            nodeApprox[nodeCount] = approx;
            return nodeCount++;
        }

        /**
         * Buys p: the poor supporters pay all they have, the others the equal payment, computed exactly
         * here. The shared denominator grows by what the payment needs. The levels stay ordered without
         * sorting: the levels left behind keep their order, the levels the payers move to keep theirs
         * (all lose the same amount), so one merge of the two ordered lists gives the new order.
         */
        private void buy(int p, Evaluation e) {
            tally(p);
            int[] poorLevels = e.poorLevels() != null ? e.poorLevels() : Arrays.copyOf(touched, e.poorCount());
            long cost = instance.project(p).cost();
            long poorWeight = 0;
            for (int l : poorLevels) {
                poorWeight += weightOnLevel[l];
            }
            BigInteger before = decisions == null ? null : moneyOf(touched, touchedCount);
            BigInteger remainingCost = BigInteger.valueOf(cost).multiply(den)
                    .subtract(moneyOf(poorLevels, poorLevels.length));
            BigInteger payers = BigInteger.valueOf(e.payers());
            // gcd(remaining, payers) = gcd(payers, remaining mod payers): one division of the big number,
            // then longs (BigInteger.gcd works the big number bit by bit)
            long gcdA = e.payers();
            long gcdB = remainingCost.mod(payers).longValueExact();
            while (gcdB != 0) {
                long t = gcdA % gcdB;
                gcdA = gcdB;
                gcdB = t;
            }
            BigInteger common = BigInteger.valueOf(gcdA);
            BigInteger scale = payers.divide(common);
            if (!scale.equals(BigInteger.ONE)) {
                den = den.multiply(scale);
                shareNum = shareNum.multiply(scale);
                for (int k = 0; k < purchases; k++) {
                    paymentNum[k] = paymentNum[k].multiply(scale);
                }
                if (before != null) {
                    before = before.multiply(scale);
                }
            }
            if (purchases == paymentNum.length) {
                paymentNum = Arrays.copyOf(paymentNum, purchases * 2);
                paymentApprox = Arrays.copyOf(paymentApprox, purchases * 2);
            }
            int purchase = purchases++;
            BigInteger pay = remainingCost.divide(common);
            paymentNum[purchase] = pay;
            paymentApprox[purchase] = shift < 0 ? 0 : pay.shiftLeft(shift).divide(den).longValueExact();
            error = purchases + 1L;

            // growth bounds: the level at t' is at most poorGrowth / payers lower, every supporter gains at
            // most that on top of her own bound (the poor end with at most that, having 0 at t)
            long drop = 0;
            long dropLow = 0;
            if (track) {
                long poorGrowth = 0;
                for (int l : poorLevels) {
                    poorGrowth = addGrowth(poorGrowth, weightOnLevel[l], growthOfLevel(l));
                }
                drop = poorGrowth == INFINITE ? INFINITE : (poorGrowth + e.payers() - 1) / e.payers();
                long emptyGrowth = nodeGrowth[EMPTY];
                for (int l : poorLevels) {
                    // at t + d a poor voter keeps max(0, her money + growth - level + drop); at t her
                    // money was below the level by at least payment - (approximation + error)
                    long g = grown(growthOfLevel(l), drop);
                    long margin = paymentApprox[purchase] - (levelApprox[l] + error);
                    if (g != INFINITE && margin > 0) {
                        g = Math.max(0, g - margin);
                    }
                    emptyGrowth = Math.max(emptyGrowth, g);
                }
                nodeGrowth[EMPTY] = emptyGrowth;
                // and the level falls by at least dropLow: at level - dropLow every poor voter still pays
                // all she has plus her certain gain (she stays below it while dropLow <= margin - gain),
                // which covers dropLow * payers when dropLow <= sum(weight * gain) / payers
                long gained = 0;
                long room = Long.MAX_VALUE;
                for (int l : poorLevels) {
                    long low = nodeGrowthLow[levelNode[l]];
                    gained = addGrowth(gained, weightOnLevel[l], low);
                    long margin = paymentApprox[purchase] - (levelApprox[l] + error);
                    room = Math.min(room, margin - low);
                }
                dropLow = gained == INFINITE || room <= 0 ? 0 : Math.min(gained / e.payers(), room);
            }
            // where the supporters go: the poor to the EMPTY level, payers to a new level below their own
            // (scratch[id]: the level the supporters on level id move to; touched is in order)
            boolean newEmpty = false;
            if (poorWeight > 0 && emptyId < 0) {
                emptyId = newLevel(EMPTY, 0);
                newEmpty = true;
            }
            for (int l : poorLevels) {
                scratch[l] = -1; // marker, resolved below
            }
            int[] moved = new int[touchedCount + 1];
            int movedCount = 0;
            for (int i = 0; i < touchedCount; i++) {
                int l = touched[i];
                if (scratch[l] == -1) {
                    scratch[l] = emptyId;
                    continue;
                }
                long approx = levelApprox[l] - paymentApprox[purchase];
                if (newEmpty && approx >= 0) {
                    moved[movedCount++] = emptyId; // EMPTY takes its place in the order
                    newEmpty = false;
                }
                int node = newNode(levelNode[l], purchase, approx);
                if (track) {
                    nodeGrowth[node] = grown(nodeGrowth[levelNode[l]], drop);
                    long low = nodeGrowthLow[levelNode[l]];
                    nodeGrowthLow[node] = low + Math.min(dropLow, GROWTH_CAP - low);
                }
                int child = newLevel(node, approx);
                scratch[l] = child;
                moved[movedCount++] = child;
            }
            if (newEmpty) {
                moved[movedCount++] = emptyId;
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
            if (order.length < merged.length) {
                order = Arrays.copyOf(merged, Math.max(merged.length, levelNode.length));
            } else {
                System.arraycopy(merged, 0, order, 0, count);
            }
            orderCount = count;
            if (decisions != null) {
                long supporters = groups.supporters[p];
                long poor = poorWeight;
                BigInteger denominator = den;
                BigInteger moneyBefore = before;
                long unit = instance.currencyUnit();
                decisions.choose(p, PHASE, () -> new Reason.BoughtWithEqualShares(supporters, decisions.money(cost),
                        Fraction.of(pay, denominator).dividedBy(unit), satisfaction, poor,
                        Fraction.of(moneyBefore, denominator).dividedBy(unit)));
            }
        }
    }
}
