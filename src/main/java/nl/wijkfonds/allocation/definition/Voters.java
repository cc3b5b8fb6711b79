package nl.wijkfonds.allocation.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.wijkfonds.allocation.Ballot;
import nl.wijkfonds.allocation.Fraction;
import nl.wijkfonds.allocation.Instance;
import nl.wijkfonds.allocation.Profile;
import nl.wijkfonds.allocation.Project;

/**
 * The round as the definitions read it: the voters (one per ballot, counting its weight), who supports
 * which project, and every amount in currency units.
 */
final class Voters {

    private final Instance instance;
    private final List<Ballot> ballots;
    private final Map<String, List<Integer>> supportersOf = new HashMap<>();

    Voters(Instance instance, Profile profile) {
        this.instance = instance;
        this.ballots = profile.ballots();
        for (Project p : instance.projects()) {
            supportersOf.put(p.id(), new ArrayList<>());
        }
        for (int v = 0; v < ballots.size(); v++) {
            for (String id : ballots.get(v).supported()) {
                supportersOf.get(id).add(v);
            }
        }
    }

    /** The ballots that name the project (a voter supports the projects on her ballot). */
    List<Integer> supportersOf(Project p) {
        return supportersOf.get(p.id());
    }

    /** How many voters support the project, weights counted. */
    long supporterCount(Project p) {
        long count = 0;
        for (int v : supportersOf(p)) {
            count += weight(v);
        }
        return count;
    }

    /** How many voters ballot v stands for. */
    long weight(int v) {
        return ballots.get(v).weight();
    }

    int ballots() {
        return ballots.size();
    }

    /** All voters, weights counted, including those who named no project. */
    long count() {
        long count = 0;
        for (Ballot b : ballots) {
            count += b.weight();
        }
        return count;
    }

    List<Project> projects() {
        return instance.projects();
    }

    Fraction cost(Project p) {
        return instance.inCurrency(p.cost());
    }

    Fraction budget() {
        return instance.inCurrency(instance.budget());
    }

    Fraction cost(List<Project> chosen) {
        Fraction sum = Fraction.ZERO;
        for (Project p : chosen) {
            sum = sum.plus(cost(p));
        }
        return sum;
    }
}
