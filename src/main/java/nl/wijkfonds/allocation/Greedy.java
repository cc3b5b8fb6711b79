package nl.wijkfonds.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy by utilitarian welfare: sort the projects by total satisfaction per unit of cost (with cost
 * satisfaction simply the number of supporters: "most votes first"), walk down the list and take every
 * project that still fits, skipping those that do not. Supported projects that cost nothing come first,
 * projects nobody supports last (they are still taken if they fit, as the reference library does).
 * Equal scores are ordered by the tie-break.
 *
 * <p>Also the last stage of the MES completions: it then starts from the projects already chosen.
 */
final class Greedy {

    private Greedy() {
    }

    static void fill(Instance instance, SupportGroups groups, Satisfaction satisfaction, int[] rank,
                     Decisions decisions, String phase, String tieBreak) {
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < instance.size(); p++) {
            if (!decisions.isChosen(p)) {
                candidates.add(p);
            }
        }
        // class 0: supported and free, 1: supported with a cost (by density), 2: nobody supports it
        Fraction[] density = new Fraction[instance.size()];
        int[] scoreClass = new int[instance.size()];
        for (int p : candidates) {
            long supporters = groups.supporters[p];
            long cost = instance.project(p).cost();
            if (supporters == 0) {
                scoreClass[p] = 2;
            } else if (cost == 0) {
                scoreClass[p] = 0;
            } else {
                scoreClass[p] = 1;
                density[p] = satisfaction.density(supporters, cost);
            }
        }
        Comparator<Integer> byScore = Comparator.<Integer>comparingInt(p -> scoreClass[p])
                .thenComparing((a, b) -> scoreClass[a] == 1 ? density[b].compareTo(density[a]) : 0);
        candidates.sort(byScore.thenComparingInt(p -> rank[p]));

        int from = 0;
        for (int i = 0; i <= candidates.size(); i++) {
            if (i == candidates.size() || byScore.compare(candidates.get(from), candidates.get(i)) != 0) {
                if (i - from > 1) {
                    decisions.tie(phase, candidates.subList(from, i), tieBreak);
                }
                from = i;
            }
        }

        int position = 0;
        for (int p : candidates) {
            position++;
            long cost = instance.project(p).cost();
            long left = decisions.budgetLeft();
            long supporters = groups.supporters[p];
            int at = position;
            if (cost <= left) {
                decisions.choose(p, phase, () -> new Reason.FitsBudget(supporters, satisfaction, at,
                        decisions.money(left), decisions.money(cost)));
            } else {
                decisions.reject(p, phase, () -> new Reason.DoesNotFitBudget(supporters, satisfaction, at,
                        decisions.money(left), decisions.money(cost)));
            }
        }
    }
}
