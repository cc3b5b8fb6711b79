package nl.wijkfonds.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately simple Method of Equal Shares, voter by voter, straight from the definition (and the
 * reference library's loop), with its two completions and greedy. The engine must agree with it.
 */
final class NaiveEqualShares {

    private final Instance instance;
    private final List<Long> weights = new ArrayList<>();
    private final List<java.util.Set<String>> ballots = new ArrayList<>();
    private final long voters;

    NaiveEqualShares(Instance instance, Profile profile) {
        this.instance = instance;
        for (Ballot b : profile.ballots()) {
            ballots.add(b.supported());
            weights.add(b.weight());
        }
        this.voters = profile.totalWeight();
    }

    List<String> mes(Satisfaction sat, Fraction share) {
        int n = ballots.size();
        Fraction[] budget = new Fraction[n];
        java.util.Arrays.fill(budget, share);
        List<String> chosen = new ArrayList<>();
        List<Project> open = new ArrayList<>();
        for (Project p : instance.projects()) {
            long supporters = supporters(p);
            if (supporters > 0 && p.cost() == 0) {
                chosen.add(p.id());
            } else if (supporters > 0) {
                open.add(p);
            }
        }
        while (true) {
            Project best = null;
            Fraction bestRho = null;
            Fraction bestPay = null;
            for (Project p : open) {
                List<Integer> supp = new ArrayList<>();
                Fraction available = Fraction.ZERO;
                for (int i = 0; i < n; i++) {
                    if (ballots.get(i).contains(p.id())) {
                        supp.add(i);
                        available = available.plus(budget[i].times(weights.get(i)));
                    }
                }
                if (available.compareTo(p.cost()) < 0) {
                    continue;
                }
                supp.sort((a, b) -> budget[a].compareTo(budget[b]));
                Fraction rest = Fraction.of(p.cost());
                long restWeight = supporters(p);
                Fraction pay = null;
                for (int i : supp) {
                    Fraction share1 = rest.dividedBy(restWeight);
                    if (share1.compareTo(budget[i]) <= 0) {
                        pay = share1;
                        break;
                    }
                    rest = rest.minus(budget[i].times(weights.get(i)));
                    restWeight -= weights.get(i);
                }
                Fraction rho = sat == Satisfaction.COST ? pay.dividedBy(p.cost()) : pay;
                if (bestRho == null || rho.compareTo(bestRho) < 0
                        || (rho.compareTo(bestRho) == 0 && p.id().compareTo(best.id()) < 0)) {
                    best = p;
                    bestRho = rho;
                    bestPay = pay;
                }
            }
            if (best == null) {
                return chosen;
            }
            for (int i = 0; i < n; i++) {
                if (ballots.get(i).contains(best.id())) {
                    budget[i] = budget[i].minus(Fraction.min(budget[i], bestPay));
                }
            }
            chosen.add(best.id());
            open.remove(best);
        }
    }

    List<String> completed(Completion completion) {
        long b = instance.budget();
        List<String> previous = List.of();
        Fraction total = Fraction.of(b);
        Fraction share = Fraction.of(b, voters);
        while (completion == Completion.ITERATED || total.compareTo(Fraction.of(b).times(voters + 1)) <= 0) {
            List<String> outcome = mes(Satisfaction.COST, share);
            long cost = cost(outcome);
            if (cost > b) {
                break;
            }
            previous = outcome;
            boolean exhaustive = true;
            for (Project p : instance.projects()) {
                boolean counts = completion == Completion.BUDGET_INCREASE || (supporters(p) > 0 && p.cost() > 0);
                if (counts && !outcome.contains(p.id()) && cost + p.cost() <= b) {
                    exhaustive = false;
                }
            }
            if (exhaustive) {
                break;
            }
            if (completion == Completion.ITERATED) {
                share = share.plus(Fraction.of(instance.currencyUnit()));
            } else {
                total = total.plus(Fraction.of(b, 100));
                share = total.dividedBy(voters);
            }
        }
        return greedy(Satisfaction.COST, previous);
    }

    List<String> greedy(Satisfaction sat, List<String> start) {
        List<String> chosen = new ArrayList<>(start);
        List<Project> rest = new ArrayList<>(instance.projects().stream().filter(p -> !start.contains(p.id())).toList());
        // free supported first, then by density descending, unsupported last; ties by id
        rest.sort((p, q) -> {
            int cp = klass(p);
            int cq = klass(q);
            if (cp != cq) {
                return Integer.compare(cp, cq);
            }
            if (cp == 1) {
                int c = sat.density(supporters(q), q.cost()).compareTo(sat.density(supporters(p), p.cost()));
                if (c != 0) {
                    return c;
                }
            }
            return p.id().compareTo(q.id());
        });
        long left = instance.budget() - cost(chosen);
        for (Project p : rest) {
            if (p.cost() <= left) {
                chosen.add(p.id());
                left -= p.cost();
            }
        }
        return chosen;
    }

    private int klass(Project p) {
        return supporters(p) == 0 ? 2 : p.cost() == 0 ? 0 : 1;
    }

    long supporters(Project p) {
        long s = 0;
        for (int i = 0; i < ballots.size(); i++) {
            if (ballots.get(i).contains(p.id())) {
                s += weights.get(i);
            }
        }
        return s;
    }

    long cost(List<String> ids) {
        return ids.stream().mapToLong(id -> instance.project(instance.indexOf(id)).cost()).sum();
    }
}
