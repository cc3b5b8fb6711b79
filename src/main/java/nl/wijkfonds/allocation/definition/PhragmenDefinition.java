package nl.wijkfonds.allocation.definition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.wijkfonds.allocation.Fraction;
import nl.wijkfonds.allocation.Instance;
import nl.wijkfonds.allocation.Profile;
import nl.wijkfonds.allocation.Project;
import nl.wijkfonds.allocation.TieBreak;

/**
 * Sequential Phragmén (approval ballots), as defined. Every voter carries a load, at first 0. Projects
 * that cost more than the whole budget are set aside. In each step, for every project left, its new load
 * is (its cost + the loads of its supporters) ÷ the number of its supporters: what each would carry if
 * they shared all of it equally (infinite when nobody supports it). The projects with the lowest new load
 * are next, in the tie-break's order; if one of them no longer fits in what is left of the budget, the
 * rule <em>stops</em> (as the reference library does; it does not skip). Otherwise the first is chosen
 * and each of its supporters now carries its new load.
 */
public final class PhragmenDefinition {

    private PhragmenDefinition() {
    }

    /** The chosen project ids, in the order chosen. */
    public static List<String> select(Instance instance, Profile profile, TieBreak tieBreak) {
        Voters voters = new Voters(instance, profile);
        List<String> tieOrder = tieBreak.order(instance, profile);
        Fraction[] load = new Fraction[voters.ballots()];
        Arrays.fill(load, Fraction.ZERO);
        Fraction left = voters.budget();
        List<Project> remaining = new ArrayList<>();
        for (Project p : voters.projects()) {
            if (voters.cost(p).compareTo(voters.budget()) <= 0) {
                remaining.add(p);
            }
        }
        List<String> chosen = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<Project> lowest = new ArrayList<>();
            Fraction lowestLoad = null;
            for (Project p : remaining) {
                Fraction newLoad = newLoad(voters, p, load);
                int cmp = lowest.isEmpty() ? -1 : compare(newLoad, lowestLoad);
                if (cmp < 0) {
                    lowest.clear();
                    lowestLoad = newLoad;
                }
                if (cmp <= 0) {
                    lowest.add(p);
                }
            }
            lowest.sort((p, q) -> Integer.compare(tieOrder.indexOf(p.id()), tieOrder.indexOf(q.id())));
            for (Project p : lowest) {
                if (voters.cost(p).compareTo(left) > 0) {
                    return chosen;
                }
            }
            Project pick = lowest.get(0);
            for (int v : voters.supportersOf(pick)) {
                load[v] = lowestLoad;
            }
            chosen.add(pick.id());
            left = left.minus(voters.cost(pick));
            remaining.remove(pick);
        }
        return chosen;
    }

    /** (cost + the supporters' loads) ÷ supporters; null (infinite) when nobody supports it. */
    private static Fraction newLoad(Voters voters, Project p, Fraction[] load) {
        long supporters = voters.supporterCount(p);
        if (supporters == 0) {
            return null;
        }
        Fraction total = voters.cost(p);
        for (int v : voters.supportersOf(p)) {
            total = total.plus(load[v].times(voters.weight(v)));
        }
        return total.dividedBy(supporters);
    }

    /** Compares loads; null is infinite. */
    private static int compare(Fraction a, Fraction b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }
}
