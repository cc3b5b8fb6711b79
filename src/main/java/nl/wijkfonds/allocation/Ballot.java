package nl.wijkfonds.allocation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One resident's vote. A ballot is created once, when the vote is cast or read from a file, and never
 * changes afterwards: a recount must see exactly what the voter submitted. It names projects by id, has
 * a weight (1 for an ordinary voter; a whole number so that weighted counting stays exact), and tells
 * the rules which projects it supports. The four kinds are the nested records.
 */
public sealed interface Ballot {

    BallotKind kind();

    /** How many voters this ballot counts for; at least 1. */
    long weight();

    /** The projects on this ballot, each once; what cost and cardinality satisfaction look at. */
    Set<String> supported();

    private static void checkWeight(long weight) {
        if (weight < 1) {
            throw new IllegalArgumentException("a ballot weight must be at least 1, not " + weight);
        }
    }

    /** Ticks for any number of projects. */
    record Approval(Set<String> supported, long weight) implements Ballot {
        public Approval {
            checkWeight(weight);
            supported = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(supported));
        }

        public Approval(Set<String> supported) {
            this(supported, 1);
        }

        @Override
        public BallotKind kind() {
            return BallotKind.APPROVAL;
        }
    }

    /** Ticks whose total cost fits the budget limit; checked against the instance when the profile is built. */
    record Knapsack(Set<String> supported, long weight) implements Ballot {
        public Knapsack {
            checkWeight(weight);
            supported = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(supported));
        }

        @Override
        public BallotKind kind() {
            return BallotKind.KNAPSACK;
        }
    }

    /** Points per project, in the order the voter gave them. */
    record Cumulative(Map<String, Long> points, long weight) implements Ballot {
        public Cumulative {
            checkWeight(weight);
            for (Map.Entry<String, Long> e : points.entrySet()) {
                if (e.getValue() < 0) {
                    throw new IllegalArgumentException("negative points for project " + e.getKey());
                }
            }
            points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
        }

        @Override
        public BallotKind kind() {
            return BallotKind.CUMULATIVE;
        }

        @Override
        public Set<String> supported() {
            return points.keySet();
        }
    }

    /** A ranking, most preferred first; a project appears at most once. */
    record Ordinal(List<String> ranking, long weight) implements Ballot {
        public Ordinal {
            checkWeight(weight);
            ranking = List.copyOf(ranking);
            if (new LinkedHashSet<>(ranking).size() != ranking.size()) {
                throw new IllegalArgumentException("a ranking names a project twice");
            }
        }

        @Override
        public BallotKind kind() {
            return BallotKind.RANKING;
        }

        @Override
        public Set<String> supported() {
            return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ranking));
        }
    }
}
