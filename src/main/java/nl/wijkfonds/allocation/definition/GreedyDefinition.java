package nl.wijkfonds.allocation.definition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.wijkfonds.allocation.Fraction;
import nl.wijkfonds.allocation.Instance;
import nl.wijkfonds.allocation.Profile;
import nl.wijkfonds.allocation.Project;
import nl.wijkfonds.allocation.Satisfaction;
import nl.wijkfonds.allocation.TieBreak;

/**
 * Greedy by utilitarian welfare, as defined. Put the projects in order of their score, best first: a
 * project's score is the satisfaction of its supporters per unit of cost. With cost satisfaction each
 * supporter gains the cost, so the score is the number of supporters ("most votes first"); with
 * cardinality satisfaction it is supporters ÷ cost. Supported projects that cost nothing come first,
 * projects nobody supports last; equal scores go in the tie-break's order. Then walk down the list and
 * take every project that still fits in what is left of the budget.
 */
public final class GreedyDefinition {

    private GreedyDefinition() {
    }

    /** The chosen project ids, in the order chosen. */
    public static List<String> select(Instance instance, Profile profile, Satisfaction satisfaction, TieBreak tieBreak) {
        return fill(new Voters(instance, profile), satisfaction, List.of(), tieBreak.order(instance, profile));
    }

    /** Greedy starting from projects already chosen (how the MES completions end). */
    static List<String> fill(Voters voters, Satisfaction satisfaction, List<Project> start, List<String> tieOrder) {
        List<Project> rest = new ArrayList<>(voters.projects());
        rest.removeAll(start);
        rest.sort(Comparator.comparingInt((Project p) -> group(voters, p))
                .thenComparing((p, q) -> group(voters, p) == 1 ? score(voters, satisfaction, q).compareTo(score(voters, satisfaction, p)) : 0)
                .thenComparingInt(p -> tieOrder.indexOf(p.id())));
        List<String> chosen = new ArrayList<>(start.stream().map(Project::id).toList());
        Fraction left = voters.budget().minus(voters.cost(start));
        for (Project p : rest) {
            if (voters.cost(p).compareTo(left) <= 0) {
                chosen.add(p.id());
                left = left.minus(voters.cost(p));
            }
        }
        return chosen;
    }

    /** 0: supported and free, 1: supported with a cost (ordered by score), 2: nobody supports it. */
    private static int group(Voters voters, Project p) {
        return voters.supporterCount(p) == 0 ? 2 : p.cost() == 0 ? 0 : 1;
    }

    private static Fraction score(Voters voters, Satisfaction satisfaction, Project p) {
        Fraction supporters = Fraction.of(voters.supporterCount(p));
        return satisfaction == Satisfaction.COST ? supporters : supporters.dividedBy(voters.cost(p));
    }
}
