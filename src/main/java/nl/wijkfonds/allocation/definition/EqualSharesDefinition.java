package nl.wijkfonds.allocation.definition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.wijkfonds.allocation.Completion;
import nl.wijkfonds.allocation.Fraction;
import nl.wijkfonds.allocation.Instance;
import nl.wijkfonds.allocation.Profile;
import nl.wijkfonds.allocation.Project;
import nl.wijkfonds.allocation.Satisfaction;
import nl.wijkfonds.allocation.TieBreak;

/**
 * The Method of Equal Shares (MES), as defined, with its two completions.
 *
 * <p><b>One run.</b> Every voter starts with the same share of money. Supported projects that cost nothing
 * are chosen first. Then, step by step: for every project not yet chosen, find the smallest payment x such
 * that its supporters, each paying x or all she has left if that is less, together pay its cost (if all
 * their money together is less than the cost, the project cannot be bought now, nor later: money only
 * goes down). Divide x by the satisfaction a supporter gets (the cost with cost satisfaction, 1 with
 * cardinality satisfaction). Buy the project where that is smallest, equal values in the tie-break's
 * order: each supporter pays x, or all she has left. Stop when no project can be bought.
 *
 * <p><b>Completions.</b> One run with the real budget B (share B ÷ voters) often leaves money unspent. A
 * completion repeats the run with more money: {@code budget-increase} with the budget B + B/100, B + 2B/100,
 * ... up to B × (voters + 1); {@code iterated} with every voter's share one currency unit higher each time.
 * If a run's projects cost more than B, the previous run is kept (none at the first run); if they fit and
 * nothing else fits in what is left of B, that run is kept ({@code budget-increase} looks at every other
 * project, {@code iterated} at the supported ones with a cost). Then greedy with cost satisfaction fills
 * what is left of B.
 */
public final class EqualSharesDefinition {

    private EqualSharesDefinition() {
    }

    /** The chosen project ids, in the order chosen. */
    public static List<String> select(Instance instance, Profile profile, Satisfaction satisfaction,
                                      Completion completion, TieBreak tieBreak) {
        Voters voters = new Voters(instance, profile);
        List<String> tieOrder = tieBreak.order(instance, profile);
        Fraction budget = voters.budget();
        if (completion == Completion.NONE) {
            return ids(run(voters, satisfaction, shareOf(budget, voters), tieOrder));
        }
        List<Project> kept = List.of();
        Fraction mesBudget = budget;
        Fraction share = shareOf(budget, voters);
        while (completion == Completion.ITERATED || mesBudget.compareTo(budget.times(voters.count() + 1)) <= 0) {
            List<Project> chosen = run(voters, Satisfaction.COST, share, tieOrder);
            Fraction cost = voters.cost(chosen);
            if (cost.compareTo(budget) > 0) {
                break;
            }
            kept = chosen;
            if (nothingElseFits(voters, completion, chosen, budget.minus(cost))) {
                break;
            }
            if (completion == Completion.ITERATED) {
                share = share.plus(Fraction.ONE);
            } else {
                mesBudget = mesBudget.plus(budget.dividedBy(100));
                share = shareOf(mesBudget, voters);
            }
        }
        return GreedyDefinition.fill(voters, Satisfaction.COST, kept, tieOrder);
    }

    /** One run of MES where every voter starts with {@code share}; the projects in the order bought. */
    static List<Project> run(Voters voters, Satisfaction satisfaction, Fraction share, List<String> tieOrder) {
        Fraction[] money = new Fraction[voters.ballots()];
        Arrays.fill(money, share);
        List<Project> chosen = new ArrayList<>();
        List<Project> open = new ArrayList<>();
        for (Project p : voters.projects()) {
            if (voters.supporterCount(p) > 0 && p.cost() == 0) {
                chosen.add(p);
            } else if (voters.supporterCount(p) > 0) {
                open.add(p);
            }
        }
        while (true) {
            Project best = null;
            Fraction bestPerSatisfaction = null;
            Fraction bestPayment = null;
            for (Project p : open) {
                Fraction payment = smallestPayment(voters, p, money);
                if (payment == null) {
                    continue;
                }
                Fraction perSatisfaction = satisfaction == Satisfaction.COST ? payment.dividedBy(voters.cost(p)) : payment;
                int cmp = best == null ? -1 : perSatisfaction.compareTo(bestPerSatisfaction);
                if (cmp < 0 || (cmp == 0 && tieOrder.indexOf(p.id()) < tieOrder.indexOf(best.id()))) {
                    best = p;
                    bestPerSatisfaction = perSatisfaction;
                    bestPayment = payment;
                }
            }
            if (best == null) {
                return chosen;
            }
            for (int v : voters.supportersOf(best)) {
                money[v] = money[v].minus(Fraction.min(money[v], bestPayment));
            }
            chosen.add(best);
            open.remove(best);
        }
    }

    /**
     * The smallest x such that the supporters of p, each paying x or all she has if that is less, pay its
     * cost; null when all their money together is less than the cost. Walking the supporters from poor to
     * rich: the poor pay all they have, until the rest of the cost split over the rest is within reach.
     */
    static Fraction smallestPayment(Voters voters, Project p, Fraction[] money) {
        List<Integer> supporters = new ArrayList<>(voters.supportersOf(p));
        Fraction total = Fraction.ZERO;
        for (int v : supporters) {
            total = total.plus(money[v].times(voters.weight(v)));
        }
        if (total.compareTo(voters.cost(p)) < 0) {
            return null;
        }
        supporters.sort((a, b) -> money[a].compareTo(money[b]));
        Fraction rest = voters.cost(p);
        long payers = voters.supporterCount(p);
        for (int v : supporters) {
            Fraction x = rest.dividedBy(payers);
            if (x.compareTo(money[v]) <= 0) {
                return x;
            }
            rest = rest.minus(money[v].times(voters.weight(v)));
            payers -= voters.weight(v);
        }
        throw new IllegalStateException("their money covers the cost, so some supporter can pay the rest");
    }

    private static boolean nothingElseFits(Voters voters, Completion completion, List<Project> chosen, Fraction left) {
        for (Project p : voters.projects()) {
            boolean counts = completion == Completion.BUDGET_INCREASE || (voters.supporterCount(p) > 0 && p.cost() > 0);
            if (counts && !chosen.contains(p) && voters.cost(p).compareTo(left) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static Fraction shareOf(Fraction budget, Voters voters) {
        return voters.count() == 0 ? Fraction.ZERO : budget.dividedBy(voters.count());
    }

    private static List<String> ids(List<Project> projects) {
        return projects.stream().map(Project::id).toList();
    }
}
