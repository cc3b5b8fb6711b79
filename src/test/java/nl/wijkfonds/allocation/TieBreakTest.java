package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Tie-breaking is a parameter, it is reproducible, and every tie it decides is reported. */
class TieBreakTest {

    private static List<String> order(TieBreak tieBreak, Instance instance, long... supporters) {
        int[] rank = tieBreak.ranks(instance, supporters);
        List<String> ids = new ArrayList<>(instance.projects().stream().map(Project::id).toList());
        ids.sort((a, b) -> Integer.compare(rank[instance.indexOf(a)], rank[instance.indexOf(b)]));
        return ids;
    }

    @Test
    void projectIdsCompareAsStrings() {
        Instance instance = new Instance(List.of(Project.of("9", 1), Project.of("10", 1), Project.of("2", 1)), 5);
        assertEquals(List.of("10", "2", "9"), order(TieBreak.byProjectId(), instance, 1, 1, 1));
    }

    @Test
    void platformPrefersMoreSupportersThenLowerCostThenTheDraw() {
        Instance instance = new Instance(List.of(Project.of("a", 500), Project.of("b", 300), Project.of("c", 300),
                Project.of("d", 100)), 1000);
        byte[] seed = TieBreak.sha256("round 2026".getBytes(StandardCharsets.UTF_8));
        List<String> order = order(TieBreak.platform(seed), instance, 7, 5, 5, 3);
        assertEquals("a", order.get(0));             // most supporters
        assertEquals(Set.of("b", "c"), Set.copyOf(order.subList(1, 3))); // tied: same supporters, same cost
        assertEquals("d", order.get(3));
        // b and c are ordered by the draw: SHA-256(seed + id), which anyone can recompute
        String first = TieBreak.drawKey(seed, "b").compareTo(TieBreak.drawKey(seed, "c")) < 0 ? "b" : "c";
        assertEquals(first, order.get(1));
    }

    /**
     * Each step of the platform's order decides on its own: with a draw that prefers the other project,
     * more supporters still win, and with equal supporters the lower cost still wins.
     */
    @Test
    void moreSupportersAndLowerCostBeatTheDraw() {
        Instance instance = new Instance(List.of(Project.of("x", 200), Project.of("y", 100)), 1000);
        for (int i = 0; i < 16; i++) {
            byte[] seed = TieBreak.sha256(new byte[] {(byte) i});
            boolean drawPrefersX = TieBreak.drawKey(seed, "x").compareTo(TieBreak.drawKey(seed, "y")) < 0;
            assertEquals(List.of("y", "x"), order(TieBreak.platform(seed), instance, 5, 5), "lower cost first");
            assertEquals(List.of("x", "y"), order(TieBreak.platform(seed), instance, 6, 5), "more supporters first");
            assertEquals(List.of("y", "x"), order(TieBreak.platform(seed), instance, 5, 6), "more supporters first");
            Instance sameCost = new Instance(List.of(Project.of("x", 100), Project.of("y", 100)), 1000);
            assertEquals(drawPrefersX ? List.of("x", "y") : List.of("y", "x"),
                    order(TieBreak.platform(seed), sameCost, 5, 5), "then the draw");
        }
    }

    @Test
    void theOrderListsEveryProjectMostPreferredFirst() {
        Instance instance = new Instance(List.of(Project.of("b", 300), Project.of("a", 100), Project.of("c", 200)), 1000);
        Profile profile = new Profile(instance, BallotKind.APPROVAL, List.of(new Ballot.Approval(Set.of("c")),
                new Ballot.Approval(Set.of("c", "b"))));
        assertEquals(List.of("a", "b", "c"), TieBreak.byProjectId().order(instance, profile));
        assertEquals(List.of("c", "b", "a"), TieBreak.platform(new byte[] {1}).order(instance, profile));
    }

    @Test
    void theDrawIsReproducibleAndDependsOnTheFile() {
        Instance instance = new Instance(List.of(Project.of("p1", 1), Project.of("p2", 1), Project.of("p3", 1),
                Project.of("p4", 1), Project.of("p5", 1), Project.of("p6", 1)), 3);
        long[] equal = {1, 1, 1, 1, 1, 1};
        byte[] seed = TieBreak.sha256("ballots".getBytes(StandardCharsets.UTF_8));
        assertEquals(order(TieBreak.platform(seed), instance, equal), order(TieBreak.platform(seed.clone()), instance, equal));
        List<List<String>> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            orders.add(order(TieBreak.platform(TieBreak.sha256(new byte[] {(byte) i})), instance, equal));
        }
        assertTrue(Set.copyOf(orders).size() > 1, "different files should give different draws");
        assertNotEquals(TieBreak.drawKey(seed, "p1"), TieBreak.drawKey(seed, "p2"));
    }

    @Test
    void everyBrokenTieIsReported() {
        // two projects with the same supporters and the same cost; only one fits
        Instance instance = new Instance(List.of(Project.of("x", 600), Project.of("y", 600)), 1000);
        List<Ballot> ballots = List.of(new Ballot.Approval(Set.of("x", "y")), new Ballot.Approval(Set.of("y", "x")));
        Profile profile = new Profile(instance, BallotKind.APPROVAL, ballots);
        for (Rule rule : List.of(Rules.greedy(Satisfaction.COST), Rules.equalShares(Satisfaction.COST, Completion.NONE),
                Rules.equalShares(Satisfaction.CARDINALITY, Completion.BUDGET_INCREASE), Rules.phragmen())) {
            Outcome outcome = rule.allocate(instance, profile, TieBreak.byProjectId());
            assertEquals(List.of("x"), outcome.selectedIds(), rule.name());
            assertTrue(outcome.ties().stream().anyMatch(t -> t.candidates().equals(List.of("x", "y")) && t.chosen().equals("x")
                            && t.step() == 1),
                    rule.name() + " " + outcome.ties());
        }
    }

    /** Projects that differ by the rule's own measure are no tie: nothing is reported. */
    @Test
    void noTieIsReportedWhereTheRuleAloneDecides() {
        Instance instance = new Instance(List.of(Project.of("x", 100), Project.of("y", 100), Project.of("z", 100)), 1000);
        Profile profile = new Profile(instance, BallotKind.APPROVAL, List.of(new Ballot.Approval(Set.of("x", "y", "z")),
                new Ballot.Approval(Set.of("x", "y")), new Ballot.Approval(Set.of("x"))));
        for (Rule rule : List.of(Rules.greedy(Satisfaction.COST), Rules.equalShares(Satisfaction.COST, Completion.NONE),
                Rules.phragmen())) {
            Outcome outcome = rule.allocate(instance, profile, TieBreak.byProjectId());
            assertEquals(List.of("x", "y", "z"), outcome.selected().stream().map(Project::id).toList(), rule.name());
            assertEquals(List.of(), outcome.ties(), rule.name());
        }
    }
}
