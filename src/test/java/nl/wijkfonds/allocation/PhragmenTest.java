package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.wijkfonds.allocation.definition.PhragmenDefinition;

/** Sequential Phragmén on rounds worked out by hand: what it buys, where it stops and what it says why. */
class PhragmenTest {

    private static Outcome phragmen(Instance instance, Ballot.Approval... ballots) {
        Profile profile = new Profile(instance, BallotKind.APPROVAL, List.of(ballots));
        Outcome outcome = Rules.phragmen().allocate(instance, profile, TieBreak.byProjectId());
        assertEquals(PhragmenDefinition.select(instance, profile, TieBreak.byProjectId()), inOrder(outcome),
                "the definition");
        return outcome;
    }

    private static List<String> inOrder(Outcome outcome) {
        return outcome.selected().stream().map(Project::id).toList();
    }

    private static Map<String, String> reasons(Outcome outcome) {
        Map<String, String> map = new LinkedHashMap<>();
        outcome.explanations().forEach(e -> map.put(e.project().id(), e.reason().code() + " " + e.figures()));
        return map;
    }

    private static Ballot.Approval voter(String... projects) {
        return new Ballot.Approval(Set.of(projects));
    }

    /**
     * Budget 100. a (40) has two supporters: load 20 each. b (30) one: load 30. c (70) is supported by
     * a's first voter: 20 + 70 = 90, the lowest new load, but only 30 is left: the rule stops there, before
     * z (nobody supports it). x costs more than the whole budget.
     */
    @Test
    void stopsAtTheFirstProjectThatDoesNotFit() {
        Instance instance = new Instance(List.of(Project.of("a", 40), Project.of("b", 30), Project.of("c", 70),
                Project.of("x", 150), Project.of("z", 10)), 100);
        Outcome outcome = phragmen(instance, voter("a", "c"), voter("a"), voter("b"));
        assertEquals(List.of("a", "b"), outcome.selectedIds());
        Map<String, String> why = reasons(outcome);
        assertEquals("lowest-load {supporters=2, cost=40, new load of its supporters=20, budget left after=60}", why.get("a"));
        assertEquals("lowest-load {supporters=1, cost=30, new load of its supporters=30, budget left after=30}", why.get("b"));
        assertEquals("rule-stopped-here {supporters=1, cost=70, lowest possible new load=90, budget left=30}", why.get("c"));
        assertEquals("costs-more-than-budget {cost=150, budget=100}", why.get("x"));
        assertEquals("not-reached {stopped at project=c, supporters=0, cost=10, lowest possible new load=infinite, "
                + "budget left=30}", why.get("z"));
        assertEquals(List.of("Phragmén stopped: project c had the lowest new load but costs 70 with 30 left"),
                outcome.notes());
    }

    /** When every supported project is bought, unsupported ones that fit follow; one that uses up the budget fits. */
    @Test
    void projectsNobodySupportsComeLastAndMayUseTheWholeRest() {
        Instance instance = new Instance(List.of(Project.of("a", 40), Project.of("z", 60)), 100);
        Outcome outcome = phragmen(instance, voter("a"));
        assertEquals(List.of("a", "z"), inOrder(outcome));
        assertEquals("fits-without-supporters {supporters=0, cost=60, new load of its supporters=infinite, "
                + "budget left after=0}", reasons(outcome).get("z"));
    }

    /**
     * A project's lower bound can understate its load (its supporters paid since), so a project listed
     * after it with the same bound can still tie with it. a and q start at load 10; a wins the tie. Then q
     * costs (10 + 20) / 2 = 15 and p (15, a new voter) too: p goes first by the tie-break.
     */
    @Test
    void aProjectBehindAStaleBoundStillTies() {
        Instance instance = new Instance(List.of(Project.of("a", 10), Project.of("p", 15), Project.of("q", 20)), 1000);
        Outcome outcome = phragmen(instance, voter("a", "q"), voter("q"), voter("p"));
        assertEquals(List.of("a", "p", "q"), inOrder(outcome));
        assertEquals(List.of(List.of("a", "q"), List.of("p", "q")), outcome.ties().stream().map(Tie::candidates).toList());
    }

    /** Many purchases: every purchase opens a new load level. */
    @Test
    void manyPurchasesInARow() {
        List<Project> projects = new ArrayList<>();
        List<Ballot.Approval> ballots = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format("p%02d", i);
            projects.add(Project.of(id, 10 + i));
            ballots.add(voter(id, String.format("p%02d", (i + 1) % 40)));
        }
        Instance instance = new Instance(projects, 10_000);
        Outcome outcome = phragmen(instance, ballots.toArray(Ballot.Approval[]::new));
        // p00 first (load 5); then p02 (12 / 2) beats p01 ((5 + 11) / 2): the cheap half goes first
        assertEquals(List.of("p00", "p02", "p04", "p06", "p08", "p10", "p01", "p12"), inOrder(outcome).subList(0, 8));
        assertEquals(40, outcome.selected().size());
    }
}
