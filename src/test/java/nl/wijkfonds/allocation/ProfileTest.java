package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A profile only takes ballots that fit its instance, and what it refuses is named by ballot number. */
class ProfileTest {

    private static final Instance INSTANCE = new Instance(List.of(Project.of("a", 60), Project.of("b", 50),
            Project.of("c", 30)), 100);

    @Test
    void ballotsOfAnotherKindAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Profile(INSTANCE,
                BallotKind.APPROVAL, List.of(new Ballot.Approval(Set.of("a")), new Ballot.Knapsack(Set.of("b"), 1))));
        assertEquals("ballot 2 is KNAPSACK, the profile is APPROVAL", e.getMessage());
    }

    @Test
    void ballotsNamingUnknownProjectsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Profile(INSTANCE,
                BallotKind.APPROVAL, List.of(new Ballot.Approval(Set.of("a")), new Ballot.Approval(Set.of("x")))));
        assertEquals("ballot 2 names unknown project x", e.getMessage());
    }

    @Test
    void aKnapsackBallotMustFitTheBudget() {
        new Profile(INSTANCE, BallotKind.KNAPSACK, List.of(new Ballot.Knapsack(Set.of("b", "c"), 1),
                new Ballot.Knapsack(Set.of("a", "c"), 1))); // 80 and 90: fit
        new Profile(INSTANCE, BallotKind.KNAPSACK, List.of(new Ballot.Knapsack(Set.of("b"), 1),
                new Ballot.Knapsack(Set.of("b", "c"), 1))); // 80: fits
        Instance exact = new Instance(INSTANCE.projects(), 110);
        assertEquals(2, new Profile(exact, BallotKind.KNAPSACK, List.of(new Ballot.Knapsack(Set.of("a", "b"), 2)))
                .totalWeight()); // exactly the budget
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Profile(INSTANCE,
                BallotKind.KNAPSACK, List.of(new Ballot.Knapsack(Set.of("c"), 1), new Ballot.Knapsack(Set.of("a", "b"), 1))));
        assertEquals("knapsack ballot 2 costs 110, more than the budget limit 100", e.getMessage());
        // approval ballots may name more than the budget
        new Profile(INSTANCE, BallotKind.APPROVAL, List.of(new Ballot.Approval(Set.of("a", "b", "c"))));
    }

    @Test
    void aBallotWeighsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new Ballot.Approval(Set.of("a"), 0));
        assertThrows(IllegalArgumentException.class, () -> new Ballot.Knapsack(Set.of("a"), 0));
        assertEquals(BallotKind.KNAPSACK, new Ballot.Knapsack(Set.of("a"), 1).kind());
        assertThrows(IllegalArgumentException.class, () -> new Ballot.Cumulative(Map.of("a", 1L), 0));
        assertThrows(IllegalArgumentException.class, () -> new Ballot.Ordinal(List.of("a"), 0));
    }

    @Test
    void pointsMayBeZeroButNotNegative() {
        assertEquals(Set.of("a"), new Ballot.Cumulative(Map.of("a", 0L), 1).supported());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Ballot.Cumulative(Map.of("a", -1L), 1));
        assertEquals("negative points for project a", e.getMessage());
    }

    /**
     * A rule may be given a copy of the instance the profile was built for (for example one read again from
     * the file): the ballots are matched by project id, in whatever order the copy lists the projects.
     */
    @Test
    void aProfileCountsAgainstACopyOfItsInstance() {
        Profile profile = new Profile(INSTANCE, BallotKind.APPROVAL, List.of(new Ballot.Approval(Set.of("c", "a")),
                new Ballot.Approval(Set.of("a")), new Ballot.Approval(Set.of("b", "c"))));
        Instance copy = new Instance(List.of(Project.of("c", 30), Project.of("b", 50), Project.of("a", 60)), 100);
        for (Rule rule : List.of(Rules.greedy(Satisfaction.COST), Rules.equalShares(Satisfaction.COST, Completion.NONE),
                Rules.phragmen())) {
            assertEquals(rule.allocate(INSTANCE, profile, TieBreak.byProjectId()).selectedIds(),
                    rule.allocate(copy, profile, TieBreak.byProjectId()).selectedIds(), rule.name());
        }
        // an empty ballot is a voter too, also against a copy
        Profile withEmpty = new Profile(INSTANCE, BallotKind.APPROVAL, List.of(new Ballot.Approval(Set.of()),
                new Ballot.Approval(Set.of("c"))));
        assertEquals(List.of("c"), Rules.equalShares(Satisfaction.COST, Completion.NONE)
                .allocate(copy, withEmpty, TieBreak.byProjectId()).selectedIds());
        Instance without = new Instance(List.of(Project.of("a", 60), Project.of("b", 50)), 100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rules.greedy(Satisfaction.COST).allocate(without, profile, TieBreak.byProjectId()));
        assertEquals("ballot 1 names a project the instance does not have", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Rules.greedy(Satisfaction.COST).allocate(without, new Profile(INSTANCE, BallotKind.APPROVAL,
                        List.of(new Ballot.Approval(Set.of("a", "c")))), TieBreak.byProjectId()));
    }

    @Test
    void anInstanceKnowsItsProjects() {
        assertTrue(INSTANCE.contains("b"));
        assertEquals(0, new Instance(List.of(Project.of("a", 0)), 0, 0, null).budget());
        assertEquals(18, new Instance(List.of(Project.of("a", 0)), 0, 18, null).decimals());
        assertThrows(IllegalArgumentException.class, () -> new Instance(List.of(), -1));
        assertThrows(IllegalArgumentException.class, () -> new Instance(List.of(), 1, -1, null));
        assertThrows(IllegalArgumentException.class, () -> new Instance(List.of(), 1, 19, null));
        assertFalse(INSTANCE.contains("x"));
        assertEquals("", new Project("p", 1, null, null, null, null).name());
        assertEquals("Speeltuin", new Project("p", 1, "Speeltuin", null, null, null).name());
        assertEquals("mes-cardinality", Rules.byName("mes-cardinality", Completion.NONE).allocate(INSTANCE,
                new Profile(INSTANCE, BallotKind.APPROVAL, List.of()), TieBreak.byProjectId()).rule());
        Reason reason = new Reason.CostsNothing(2);
        assertEquals(reason, new Explanation(Project.of("f", 0), true, 1, "equal-shares", reason).reason());
        assertEquals("phragmen", Rules.byName("phragmen", Completion.NONE).allocate(INSTANCE,
                new Profile(INSTANCE, BallotKind.APPROVAL, List.of()), TieBreak.byProjectId()).rule());
    }

    /**
     * Identical ballots are counted as one group; ballots that only look alike to a hash are not:
     * {p0, p1, p40} and {p0, p2, p9} have the same {@code Arrays.hashCode} of their project indices.
     */
    @Test
    void ballotsThatHashAlikeAreStillDifferentVoters() {
        List<Project> projects = new java.util.ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            projects.add(Project.of("p" + i, 1));
        }
        Instance instance = new Instance(projects, 100);
        assertEquals(java.util.Arrays.hashCode(new int[] {0, 1, 40}), java.util.Arrays.hashCode(new int[] {0, 2, 9}));
        Profile profile = new Profile(instance, BallotKind.APPROVAL, List.of(new Ballot.Approval(Set.of("p0", "p1", "p40")),
                new Ballot.Approval(Set.of("p0", "p2", "p9")), new Ballot.Approval(Set.of("p0", "p1", "p40"))));
        Outcome outcome = Rules.greedy(Satisfaction.COST).allocate(instance, profile, TieBreak.byProjectId());
        assertEquals("3", outcome.explanations().get(0).figures().get("supporters"));
        assertEquals("2", outcome.explanations().get(1).figures().get("supporters"));
        assertEquals("1", outcome.explanations().get(9).figures().get("supporters"));
        assertEquals("2", outcome.explanations().get(40).figures().get("supporters"));
        assertEquals(2, SupportGroups.of(instance, profile).groupCount());
        // the same projects ticked in another order are the same ballot
        Profile reordered = new Profile(instance, BallotKind.APPROVAL, List.of(new Ballot.Approval(
                new java.util.LinkedHashSet<>(List.of("p40", "p0", "p1"))), new Ballot.Approval(Set.of("p0", "p1", "p40"))));
        assertEquals(1, SupportGroups.of(instance, reordered).groupCount());
    }
}
