package nl.wijkfonds.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sequential Phragmén for approval ballots. Voters earn virtual money at the same steady rate; a project
 * is bought as soon as its supporters together have earned its cost, and buying it spends everything
 * they have (their "load" becomes equal). In each step the project that can be bought earliest, i.e.
 * with the lowest new maximal load (supporters' loads + cost) ÷ supporters, is chosen. As the reference
 * library does, the rule <em>stops</em> (it does not skip) when a project with that lowest load no
 * longer fits the budget. Projects costing more than the whole budget are never considered; projects
 * nobody supports come last, since their load would be infinite.
 *
 * <p>Loads only grow, so last step's load of a project is a lower bound and the search stops as soon as
 * the bound exceeds the best load found. Supporters who got their load in the same step share a load
 * level; loads are exact, kept as numerators over one shared denominator.
 */
final class Phragmen {

    static final String PHASE = "phragmen";

    private Phragmen() {
    }

    static void run(Instance instance, SupportGroups groups, int[] rank, Decisions decisions, String tieBreak) {
        new Loads(groups).run(instance, groups, rank, decisions, tieBreak);
    }

    /**
     * The voters' loads: one load level per purchase (its supporters all get the same load), every load
     * a numerator over one shared denominator, so comparing and adding loads needs no gcd.
     */
    private static final class Loads {
        private BigInteger den = BigInteger.ONE;
        private final List<BigInteger> levelLoad = new ArrayList<>();
        private final int[] groupLevel;
        private long[] weightOnLevel = new long[16];
        private int[] touched = new int[16];
        /** Of the last evaluation: new load = sum / (supporters * den). */
        private BigInteger[] sum;

        Loads(SupportGroups groups) {
            levelLoad.add(BigInteger.ZERO);
            groupLevel = new int[groups.groupCount()];
        }

        void run(Instance instance, SupportGroups groups, int[] rank, Decisions decisions, String tieBreak) {
            int n = instance.size();
            sum = new BigInteger[n];
            List<Integer> remaining = new ArrayList<>();
            Fraction[] bound = new Fraction[n]; // null = infinite (nobody supports it)
            for (int p = 0; p < n; p++) {
                long cost = instance.project(p).cost();
                if (cost > instance.budget()) {
                    decisions.reject(p, PHASE, () -> new Reason.CostsMoreThanBudget(decisions.money(cost),
                            decisions.money(instance.budget())));
                    continue;
                }
                remaining.add(p);
                if (groups.supporters[p] > 0) {
                    bound[p] = Fraction.of(cost, groups.supporters[p]);
                }
            }
            while (!remaining.isEmpty()) {
                remaining.sort((a, b) -> {
                    int cmp = compareLoads(bound[a], bound[b]);
                    return cmp != 0 ? cmp : Integer.compare(rank[a], rank[b]);
                });
                int best = -1;
                List<Integer> tied = new ArrayList<>();
                for (int p : remaining) {
                    if (best >= 0 && compareLoads(bound[p], bound[best]) > 0) {
                        break; // loads only grow: its load is at least its bound
                    }
                    if (groups.supporters[p] > 0) {
                        evaluate(instance, groups, p);
                        bound[p] = Fraction.of(sum[p], den.multiply(BigInteger.valueOf(groups.supporters[p])));
                    }
                    int cmp = best < 0 ? -1 : compare(groups, p, best);
                    if (cmp < 0) {
                        best = p;
                        tied.clear();
                        tied.add(p);
                    } else if (cmp == 0) {
                        tied.add(p);
                    }
                }
                tied.sort((a, b) -> Integer.compare(rank[a], rank[b]));
                for (int p : tied) {
                    if (instance.project(p).cost() > decisions.budgetLeft()) {
                        stop(instance, groups, remaining, bound, decisions, p);
                        return;
                    }
                }
                int pick = tied.get(0);
                if (tied.size() > 1) {
                    decisions.tie(PHASE, tied, tieBreak);
                }
                long supporters = groups.supporters[pick];
                long cost = instance.project(pick).cost();
                long left = decisions.budgetLeft() - cost;
                Supplier<Fraction> load = supporters == 0 ? null : buy(groups, pick);
                long unit = instance.currencyUnit();
                decisions.choose(pick, PHASE, () -> load == null
                        ? new Reason.FitsWithoutSupporters(decisions.money(cost), decisions.money(left))
                        : new Reason.LowestLoad(supporters, decisions.money(cost), load.get().dividedBy(unit),
                                decisions.money(left)));
                remaining.remove((Integer) pick);
            }
        }

        /** sum[p] = its supporters' loads plus its cost, over den. */
        private void evaluate(Instance instance, SupportGroups groups, int p) {
            int count = 0;
            for (int g : groups.groupsOf[p]) {
                int l = groupLevel[g];
                if (weightOnLevel[l] == 0) {
                    touched[count++] = l;
                }
                weightOnLevel[l] += groups.weight[g];
            }
            BigInteger total = BigInteger.valueOf(instance.project(p).cost()).multiply(den);
            for (int i = 0; i < count; i++) {
                int l = touched[i];
                if (l != 0) {
                    total = total.add(levelLoad.get(l).multiply(BigInteger.valueOf(weightOnLevel[l])));
                }
                weightOnLevel[l] = 0;
            }
            sum[p] = total;
        }

        /** Compares the new loads of two evaluated projects; no supporters means infinite. */
        private int compare(SupportGroups groups, int p, int q) {
            long wp = groups.supporters[p];
            long wq = groups.supporters[q];
            if (wp == 0 || wq == 0) {
                return wp == 0 ? (wq == 0 ? 0 : 1) : -1;
            }
            return sum[p].multiply(BigInteger.valueOf(wq)).compareTo(sum[q].multiply(BigInteger.valueOf(wp)));
        }

        /** Buys p: its supporters' load becomes sum / (supporters * den), a new level; returns that load. */
        private Supplier<Fraction> buy(SupportGroups groups, int p) {
            BigInteger supporters = BigInteger.valueOf(groups.supporters[p]);
            BigInteger common = sum[p].gcd(supporters);
            BigInteger scale = supporters.divide(common);
            if (!scale.equals(BigInteger.ONE)) {
                den = den.multiply(scale);
                levelLoad.replaceAll(load -> load.multiply(scale));
            }
            int level = levelLoad.size();
            levelLoad.add(sum[p].divide(common));
            if (level >= weightOnLevel.length) {
                weightOnLevel = Arrays.copyOf(weightOnLevel, level * 2);
                touched = Arrays.copyOf(touched, level * 2);
            }
            for (int g : groups.groupsOf[p]) {
                groupLevel[g] = level;
            }
            BigInteger load = levelLoad.get(level);
            BigInteger denominator = den;
            return () -> Fraction.of(load, denominator);
        }
    }

    private static void stop(Instance instance, SupportGroups groups, List<Integer> remaining, Fraction[] bound,
                             Decisions decisions, int blocker) {
        String blockerId = instance.project(blocker).id();
        decisions.note("Phragmén stopped: project " + blockerId + " had the lowest new load but costs "
                + instance.project(blocker).cost() + " with " + decisions.budgetLeft() + " left");
        for (int p : remaining) {
            long supporters = groups.supporters[p];
            Fraction cost = decisions.money(instance.project(p).cost());
            Fraction load = bound[p] == null ? null : bound[p].dividedBy(instance.currencyUnit());
            Fraction left = decisions.money(decisions.budgetLeft());
            decisions.reject(p, PHASE, () -> p == blocker
                    ? new Reason.RuleStoppedHere(supporters, cost, load, left)
                    : new Reason.NotReached(blockerId, supporters, cost, load, left));
        }
    }

    /** Compares loads where null means infinite. */
    private static int compareLoads(Fraction a, Fraction b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }
}
