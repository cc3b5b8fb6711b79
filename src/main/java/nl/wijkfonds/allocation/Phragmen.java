package nl.wijkfonds.allocation;

import java.util.ArrayList;
import java.util.List;

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
 * level; loads are exact {@link Fraction}s.
 */
final class Phragmen {

    static final String PHASE = "phragmen";

    private Phragmen() {
    }

    static void run(Instance instance, SupportGroups groups, int[] rank, Decisions decisions, String tieBreak) {
        int n = instance.size();
        List<Fraction> levelLoad = new ArrayList<>();
        levelLoad.add(Fraction.ZERO);
        int[] groupLevel = new int[groups.groupCount()];
        long[] weightOnLevel = new long[n + 1];
        int[] touched = new int[n + 1];

        List<Integer> remaining = new ArrayList<>();
        Fraction[] bound = new Fraction[n]; // null = infinite (nobody supports it)
        for (int p = 0; p < n; p++) {
            long cost = instance.project(p).cost();
            if (cost > instance.budget()) {
                decisions.reject(p, PHASE, "costs more than the whole budget (" + instance.budget() + ")",
                        Decisions.figures("cost", cost, "budget", instance.budget()));
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
            Fraction best = null;
            boolean bestInfinite = false;
            List<Integer> tied = new ArrayList<>();
            for (int p : remaining) {
                if (!tied.isEmpty() && compareLoads(bound[p], best) > 0) {
                    break;
                }
                Fraction load = null;
                if (groups.supporters[p] > 0) {
                    int count = 0;
                    for (int g : groups.groupsOf[p]) {
                        int l = groupLevel[g];
                        if (weightOnLevel[l] == 0) {
                            touched[count++] = l;
                        }
                        weightOnLevel[l] += groups.weight[g];
                    }
                    Fraction sum = Fraction.of(instance.project(p).cost());
                    for (int i = 0; i < count; i++) {
                        sum = sum.plus(levelLoad.get(touched[i]).times(weightOnLevel[touched[i]]));
                        weightOnLevel[touched[i]] = 0;
                    }
                    load = sum.dividedBy(groups.supporters[p]);
                    bound[p] = load;
                }
                int cmp = tied.isEmpty() ? -1 : compareLoads(load, best);
                if (cmp < 0) {
                    best = load;
                    bestInfinite = load == null;
                    tied.clear();
                    tied.add(p);
                } else if (cmp == 0) {
                    tied.add(p);
                }
            }
            tied.sort((a, b) -> Integer.compare(rank[a], rank[b]));
            for (int p : tied) {
                long cost = instance.project(p).cost();
                if (cost > decisions.budgetLeft()) {
                    stop(instance, groups, remaining, bound, decisions, p);
                    return;
                }
            }
            int pick = tied.get(0);
            if (tied.size() > 1) {
                decisions.tie(PHASE, tied, tieBreak);
            }
            long supporters = groups.supporters[pick];
            if (!bestInfinite) {
                int newLevel = levelLoad.size();
                levelLoad.add(best);
                if (newLevel >= weightOnLevel.length) {
                    weightOnLevel = java.util.Arrays.copyOf(weightOnLevel, newLevel * 2);
                    touched = java.util.Arrays.copyOf(touched, newLevel * 2);
                }
                for (int g : groups.groupsOf[pick]) {
                    groupLevel[g] = newLevel;
                }
            }
            decisions.choose(pick, PHASE, bestInfinite ? "nobody supports it, but it fits and nothing else is left"
                            : "its " + supporters + " supporters could buy it earliest: their load becomes "
                            + best.toDecimal(4),
                    Decisions.figures("supporters", supporters, "cost", instance.project(pick).cost(),
                            "new load of its supporters", bestInfinite ? "infinite" : best,
                            "budget left after", decisions.budgetLeft() - instance.project(pick).cost()));
            remaining.remove((Integer) pick);
        }
    }

    private static void stop(Instance instance, SupportGroups groups, List<Integer> remaining, Fraction[] bound,
                             Decisions decisions, int blocker) {
        String blockerId = instance.project(blocker).id();
        decisions.note("Phragmén stopped: project " + blockerId + " had the lowest new load but costs "
                + instance.project(blocker).cost() + " with " + decisions.budgetLeft() + " left");
        for (int p : remaining) {
            decisions.reject(p, PHASE, p == blocker
                            ? "next in line, but does not fit: the rule stops here"
                            : "not reached: the rule stopped when project " + blockerId + " did not fit",
                    Decisions.figures("supporters", groups.supporters[p], "cost", instance.project(p).cost(),
                            "lowest possible new load", bound[p] == null ? "infinite" : bound[p],
                            "budget left", decisions.budgetLeft()));
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
