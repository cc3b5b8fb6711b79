package nl.wijkfonds.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Small random rounds from a seed, for property tests. */
final class GeneratedRounds {

    record Round(Instance instance, Profile profile) {
    }

    /** A round as the engine's inner parts take it: its support groups and each voter's equal share of the budget. */
    record Grouped(Instance instance, SupportGroups groups, Fraction share) {
    }

    private GeneratedRounds() {
    }

    static Round approval(long seed) {
        return generate(seed, false);
    }

    static Round cumulative(long seed) {
        return generate(seed, true);
    }

    /** The rounds grouped by support, without those that have no voters (who would have no share). */
    static List<Grouped> grouped(Round... rounds) {
        List<Grouped> grouped = new ArrayList<>();
        for (Round round : rounds) {
            SupportGroups groups = SupportGroups.of(round.instance(), round.profile());
            if (groups.voters > 0) {
                grouped.add(new Grouped(round.instance(), groups,
                        Fraction.of(round.instance().budget(), groups.voters)));
            }
        }
        return grouped;
    }

    /** An approval round whose amounts are cents (2 decimals), with costs that are not whole euros. */
    static Round withDecimals(long seed) {
        Round round = generate(seed, false);
        Random random = new Random(seed);
        List<Project> projects = new ArrayList<>();
        for (Project p : round.instance().projects()) {
            projects.add(Project.of(p.id(), p.cost() * 100 + (p.cost() == 0 ? 0 : random.nextInt(100))));
        }
        Instance instance = new Instance(projects, round.instance().budget() * 100 + random.nextInt(100), 2, null);
        return new Round(instance, new Profile(instance, BallotKind.APPROVAL, round.profile().ballots()));
    }

    private static Round generate(long seed, boolean points) {
        Random random = new Random(seed);
        int m = 2 + random.nextInt(10);
        List<Project> projects = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < m; i++) {
            // few distinct costs, so that ties happen; now and then a free project
            long cost = random.nextInt(12) == 0 ? 0 : 10 * (1 + random.nextInt(random.nextBoolean() ? 4 : 30));
            projects.add(Project.of(Integer.toString(1 + random.nextInt(3 * m)) + "-" + i, cost));
            total += cost;
        }
        long budget = Math.max(1, total * (20 + random.nextInt(70)) / 100);
        Instance instance = new Instance(projects, budget);
        int voters = 1 + random.nextInt(30);
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            Set<String> set = new LinkedHashSet<>();
            double density = 0.15 + 0.5 * random.nextDouble();
            for (Project p : projects) {
                if (random.nextDouble() < density) {
                    set.add(p.id());
                }
            }
            long weight = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 1;
            if (points) {
                Map<String, Long> map = new LinkedHashMap<>();
                set.forEach(id -> map.put(id, 1L + random.nextInt(3)));
                ballots.add(new Ballot.Cumulative(map, weight));
            } else {
                ballots.add(new Ballot.Approval(set, weight));
            }
        }
        return new Round(instance, new Profile(instance, points ? BallotKind.CUMULATIVE : BallotKind.APPROVAL, ballots));
    }
}
