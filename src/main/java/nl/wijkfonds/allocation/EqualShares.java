package nl.wijkfonds.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Method of Equal Shares. The budget is split equally among the voters; each voter may only spend
 * their share on projects they support. In each step the rule buys the project whose supporters can pay
 * for it with the smallest maximal payment per unit of satisfaction (supporters who have less than that
 * pay all they have); a project whose supporters together cannot pay for it is dropped. It stops when no
 * project can be paid for. Supported projects that cost nothing are chosen up front; projects nobody
 * supports are never chosen.
 *
 * <p>Why it is fast: every satisfaction here gives all supporters of a project the same satisfaction, and
 * two voters who supported the same bought projects have paid the same amounts, so voters fall into a
 * few <em>budget levels</em> (voters with exactly the same money left), and all levels share one
 * denominator, so the inner loops compare and subtract integers. A project's supporters are
 * counted per level and the payment is found by walking the levels from poor to rich. The smallest
 * payment of a project can only grow as voters spend, so last step's value is a lower bound: projects are
 * looked at in order of that bound and the search stops as soon as the bound exceeds the best found.
 * All amounts are exact.
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
        return new Run(share, decisions, tieBreak).execute(stopAbove);
    }

    /** Projects MES can buy: supported, with a positive cost. */
    boolean isCandidate(int p) {
        return groups.supporters[p] > 0 && instance.project(p).cost() > 0;
    }

    /**
     * The state of one run. Every amount is a numerator over one shared denominator {@code den}, so
     * levels compare and subtract without any gcd; buying a project multiplies the denominator by the
     * number of voters who pay the full share (that is the payment's own denominator), and all
     * numerators with it.
     */
    private final class Run {
        private final Decisions decisions;
        private final String tieBreak;
        private BigInteger den;
        /** Money of each level, as numerator over {@code den}; levels are numbered from poor to rich. */
        private BigInteger[] levelMoney = new BigInteger[16];
        private int levelCount;
        private final int[] groupLevel;
        private long[] weightOnLevel = new long[16];
        private int[] touched = new int[16];
        private int touchedCount;
        private final Fraction[] bound;
        /** Of the last evaluation: payment = paymentNum / (payers * den), with {@code den} of that moment. */
        private final BigInteger[] paymentNum;
        private final long[] payers;
        private final boolean[] active;

        Run(Fraction share, Decisions decisions, String tieBreak) {
            this.decisions = decisions;
            this.tieBreak = tieBreak;
            this.groupLevel = new int[groups.groupCount()];
            den = share.denominator();
            levelMoney[0] = share.numerator();
            levelCount = 1;
            int n = instance.size();
            bound = new Fraction[n];
            paymentNum = new BigInteger[n];
            payers = new long[n];
            active = new boolean[n];
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
                        decisions.reject(p, PHASE, "nobody supports it", Decisions.figures("supporters", 0));
                    }
                } else if (c == 0) {
                    chosen.add(p);
                    if (decisions != null) {
                        decisions.choose(p, PHASE, "costs nothing and has supporters",
                                Decisions.figures("supporters", supporters, "cost", 0));
                    }
                } else {
                    active[p] = true;
                    activeList.add(p);
                    // nobody has spent anything yet: all supporters pay cost / supporters
                    bound[p] = perSatisfaction(Fraction.of(c, supporters), c);
                }
            }
            while (!activeList.isEmpty() && cost <= stopAbove) {
                activeList.sort((a, b) -> {
                    int byBound = bound[a].compareTo(bound[b]);
                    return byBound != 0 ? byBound : Integer.compare(rank[a], rank[b]);
                });
                int best = -1;
                List<Integer> tied = new ArrayList<>();
                for (int p : activeList) {
                    if (best >= 0 && bound[p].compareTo(bound[best]) > 0) {
                        break; // its payment can only be higher than its bound
                    }
                    if (!evaluate(p)) {
                        active[p] = false;
                        continue;
                    }
                    int cmp = best < 0 ? -1 : compareRho(p, best);
                    if (cmp < 0) {
                        best = p;
                        tied.clear();
                        tied.add(p);
                    } else if (cmp == 0) {
                        tied.add(p);
                    }
                }
                activeList.removeIf(p -> !active[p]);
                if (tied.isEmpty()) {
                    break;
                }
                tied.sort((a, b) -> Integer.compare(rank[a], rank[b]));
                int pick = tied.get(0);
                if (tied.size() > 1 && decisions != null) {
                    decisions.tie(PHASE, tied, tieBreak);
                }
                buy(pick);
                active[pick] = false;
                activeList.remove((Integer) pick);
                chosen.add(pick);
                cost += instance.project(pick).cost();
            }
            return chosen;
        }

        /** Satisfaction a supporter gets per project: its cost, or 1. */
        private long unit(int p) {
            return satisfaction == Satisfaction.COST ? instance.project(p).cost() : 1;
        }

        /** Payment per unit of satisfaction, the number MES minimises. */
        private Fraction perSatisfaction(Fraction pay, long cost) {
            return satisfaction == Satisfaction.COST ? pay.dividedBy(cost) : pay;
        }

        /**
         * Compares the payments per unit of satisfaction of two projects evaluated in this step (same
         * {@code den}): paymentNum / (payers * unit), without dividing.
         */
        private int compareRho(int p, int q) {
            BigInteger left = paymentNum[p].multiply(BigInteger.valueOf(payers[q])).multiply(BigInteger.valueOf(unit(q)));
            BigInteger right = paymentNum[q].multiply(BigInteger.valueOf(payers[p])).multiply(BigInteger.valueOf(unit(p)));
            return left.compareTo(right);
        }

        /** Counts the supporters of p per level into weightOnLevel, touched levels sorted poor to rich. */
        private void tally(int p) {
            touchedCount = 0;
            for (int g : groups.groupsOf[p]) {
                int l = groupLevel[g];
                if (weightOnLevel[l] == 0) {
                    touched[touchedCount++] = l;
                }
                weightOnLevel[l] += groups.weight[g];
            }
            Arrays.sort(touched, 0, touchedCount); // level numbers are ranks: poor to rich
        }

        private void clearTally() {
            for (int i = 0; i < touchedCount; i++) {
                weightOnLevel[touched[i]] = 0;
            }
        }

        /**
         * Finds the smallest payment at which p's supporters can pay for it: walking from poor to rich,
         * the poor pay all they have and the rest share what remains equally. Returns false (and the
         * project is dropped) when all their money together is not enough.
         */
        private boolean evaluate(int p) {
            long cost = instance.project(p).cost();
            tally(p);
            BigInteger remainingCost = BigInteger.valueOf(cost).multiply(den);
            long remainingWeight = groups.supporters[p];
            boolean affordable = false;
            for (int i = 0; i < touchedCount; i++) {
                int l = touched[i];
                // everyone from this level up pays remainingCost / remainingWeight, if they all have it
                if (levelMoney[l].multiply(BigInteger.valueOf(remainingWeight)).compareTo(remainingCost) >= 0) {
                    affordable = true;
                    break;
                }
                remainingCost = remainingCost.subtract(levelMoney[l].multiply(BigInteger.valueOf(weightOnLevel[l])));
                remainingWeight -= weightOnLevel[l];
            }
            clearTally();
            if (!affordable) {
                if (decisions != null) {
                    Fraction available = Fraction.of(BigInteger.valueOf(cost).multiply(den).subtract(remainingCost), den);
                    decisions.reject(p, PHASE, "its supporters cannot afford it: together they have "
                                    + available.toDecimal(2) + " left, it costs " + cost,
                            Decisions.figures("supporters", groups.supporters[p], "cost", cost,
                                    "supporters' money left", available,
                                    "shortfall", Fraction.of(remainingCost, den),
                                    "dropped before step", decisions.chosenInOrder().size() + 1));
                }
                return false;
            }
            paymentNum[p] = remainingCost;
            payers[p] = remainingWeight;
            bound[p] = Fraction.of(remainingCost, den.multiply(BigInteger.valueOf(remainingWeight))
                    .multiply(BigInteger.valueOf(unit(p))));
            return true;
        }

        /**
         * Buys p: every supporter pays the payment found by {@link #evaluate}, or all they have if that is
         * less. The shared denominator is multiplied by what the payment needs, so the payment becomes a
         * whole numerator. The levels stay sorted without sorting: the levels left behind keep their
         * order, the levels the supporters move to keep theirs (all lose the same amount, or drop to 0),
         * so one merge of the two sorted lists gives the new order; equal money is merged into one level
         * and levels nobody is on any more are dropped.
         */
        private void buy(int p) {
            long payerCount = payers[p];
            BigInteger payers = BigInteger.valueOf(payerCount);
            BigInteger common = paymentNum[p].gcd(payers);
            BigInteger pay = paymentNum[p].divide(common);
            BigInteger scale = payers.divide(common);
            Fraction payment = decisions == null ? null : Fraction.of(paymentNum[p], den.multiply(payers));
            if (!scale.equals(BigInteger.ONE)) {
                den = den.multiply(scale);
                for (int l = 0; l < levelCount; l++) {
                    levelMoney[l] = levelMoney[l].multiply(scale);
                }
            }
            tally(p);
            long poor = 0;
            BigInteger before = BigInteger.ZERO;
            BigInteger after = BigInteger.ZERO;
            BigInteger[] moved = new BigInteger[touchedCount];
            for (int i = 0; i < touchedCount; i++) {
                int l = touched[i];
                BigInteger money = levelMoney[l];
                int cmp = money.compareTo(pay);
                moved[i] = cmp > 0 ? money.subtract(pay) : BigInteger.ZERO;
                if (cmp < 0) {
                    poor += weightOnLevel[l];
                }
                if (decisions != null) {
                    before = before.add(money.multiply(BigInteger.valueOf(weightOnLevel[l])));
                    after = after.add(moved[i].multiply(BigInteger.valueOf(weightOnLevel[l])));
                }
            }
            // merge the levels left behind (all, in order) with the levels moved to (in touched order)
            BigInteger[] merged = new BigInteger[levelCount + touchedCount];
            int[] stayTo = new int[levelCount];
            int[] moveTo = new int[levelCount];
            int count = 0;
            int a = 0;
            int b = 0;
            while (a < levelCount || b < touchedCount) {
                int cmp = a == levelCount ? 1 : b == touchedCount ? -1 : levelMoney[a].compareTo(moved[b]);
                BigInteger value = cmp <= 0 ? levelMoney[a] : moved[b];
                if (count == 0 || !merged[count - 1].equals(value)) {
                    merged[count++] = value;
                }
                if (cmp <= 0) {
                    stayTo[a++] = count - 1;
                }
                if (cmp >= 0) {
                    moveTo[touched[b++]] = count - 1;
                }
            }
            clearTally();
            for (int g : groups.groupsOf[p]) {
                groupLevel[g] = ~moveTo[groupLevel[g]]; // marked as moved
            }
            int[] used = new int[count];
            for (int g = 0; g < groupLevel.length; g++) {
                int l = groupLevel[g];
                l = l < 0 ? ~l : stayTo[l];
                groupLevel[g] = l;
                used[l] = 1;
            }
            // drop levels nobody is on, keeping the order
            int kept = 0;
            for (int l = 0; l < count; l++) {
                if (used[l] != 0) {
                    merged[kept] = merged[l];
                    used[l] = kept++;
                }
            }
            for (int g = 0; g < groupLevel.length; g++) {
                groupLevel[g] = used[groupLevel[g]];
            }
            levelMoney = merged;
            levelCount = kept;
            if (weightOnLevel.length < kept) {
                weightOnLevel = new long[merged.length];
                touched = new int[merged.length];
            }
            if (decisions != null) {
                long supporters = groups.supporters[p];
                long cost = instance.project(p).cost();
                decisions.choose(p, PHASE, "its " + supporters + " supporters can pay for it: at most "
                                + payment.toDecimal(2) + " each" + (poor > 0 ? ", " + poor + " of them all they had" : ""),
                        Decisions.figures("supporters", supporters, "cost", cost,
                                "max payment per supporter", payment,
                                "payment per unit of " + satisfaction.label() + " satisfaction",
                                perSatisfaction(payment, cost),
                                "supporters paying all they had", poor,
                                "supporters' money before", Fraction.of(before, den),
                                "supporters' money left", Fraction.of(after, den)));
            }
        }
    }
}
