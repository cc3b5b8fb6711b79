package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every outcome must have, checked on seeded random rounds. */
class AllocationPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(1, 1 + TestSize.pick(150, 25));
    }

    private static List<Rule> allRules() {
        List<Rule> rules = new ArrayList<>();
        for (Satisfaction s : Satisfaction.values()) {
            rules.add(Rules.greedy(s));
            for (Completion c : Completion.values()) {
                rules.add(Rules.equalShares(s, c));
            }
        }
        rules.add(Rules.phragmen());
        return rules;
    }

    private static List<String> inOrder(Outcome outcome) {
        return outcome.selected().stream().map(Project::id).toList();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void budgetIsNeverExceeded(long seed) {
        GeneratedRounds.Round round = GeneratedRounds.approval(seed);
        for (TieBreak tieBreak : List.of(TieBreak.byProjectId(), TieBreak.platform(new byte[] {(byte) seed}))) {
            for (Rule rule : allRules()) {
                Outcome outcome = rule.allocate(round.instance(), round.profile(), tieBreak);
                assertTrue(outcome.totalCost() <= round.instance().budget(), rule.name() + " seed " + seed);
                assertEquals(Instance.totalCost(outcome.selected()), outcome.totalCost());
                assertEquals(outcome.selected().size(), Set.copyOf(outcome.selected()).size(), "chosen twice");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void completedMesIsExhaustive(long seed) {
        GeneratedRounds.Round round = GeneratedRounds.approval(seed);
        for (Completion completion : List.of(Completion.BUDGET_INCREASE, Completion.ITERATED)) {
            Outcome outcome = Rules.equalShares(Satisfaction.COST, completion)
                    .allocate(round.instance(), round.profile(), TieBreak.byProjectId());
            long left = round.instance().budget() - outcome.totalCost();
            for (Explanation e : outcome.explanations()) {
                assertTrue(e.chosen() || e.project().cost() > left,
                        "project " + e.project().id() + " still fits, seed " + seed);
            }
        }
    }

    /**
     * Iterated MES skips share steps a run says repeat it: check that claim directly, step by step, for
     * every share the loop would try (and a few more), with both satisfactions and both tie-breaks.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void trackedRunsRepeatForTheSharesTheyClaim(long seed) {
        for (GeneratedRounds.Grouped round : GeneratedRounds.grouped(GeneratedRounds.approval(seed),
                GeneratedRounds.cumulative(seed))) {
            Instance instance = round.instance();
            SupportGroups groups = round.groups();
            for (TieBreak tieBreak : List.of(TieBreak.byProjectId(), TieBreak.platform(new byte[] {(byte) seed}))) {
                for (Satisfaction s : Satisfaction.values()) {
                    EqualShares mes = new EqualShares(instance, groups, s, tieBreak.ranks(instance, groups.supporters));
                    Fraction share = round.share();
                    for (int step = 0; step < TestSize.pick(80, 12); step++) {
                        long probe = 1L << (step % 6);
                        EqualShares.Tracked tracked = mes.runTracked(share, Long.MAX_VALUE, tieBreak.name(), probe);
                        assertEquals(mes.run(share, Long.MAX_VALUE, null, tieBreak.name()), tracked.chosen());
                        assertTrue(tracked.sameFor() >= 0 && tracked.sameFor() <= probe);
                        for (long d = 1; d <= tracked.sameFor(); d++) {
                            assertEquals(tracked.chosen(),
                                    mes.run(share.plus(Fraction.of(d)), Long.MAX_VALUE, null, tieBreak.name()),
                                    s + " seed " + seed + " share " + share + " + " + d + " of " + tracked.sameFor());
                        }
                        // the next share to look at: just past the claimed range (or one unit on)
                        share = share.plus(Fraction.of(Math.min(tracked.sameFor(), 1_000) + 1));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void greedyPicksInOrder(long seed) {
        GeneratedRounds.Round round = GeneratedRounds.approval(seed);
        SupportGroups groups = SupportGroups.of(round.instance(), round.profile());
        for (Satisfaction s : Satisfaction.values()) {
            Outcome outcome = Rules.greedy(s).allocate(round.instance(), round.profile(), TieBreak.byProjectId());
            // each chosen project scores at least as well as every later one
            List<Project> chosen = outcome.selected();
            for (int i = 1; i < chosen.size(); i++) {
                Project a = chosen.get(i - 1);
                Project b = chosen.get(i);
                long supportersA = groups.supporters[round.instance().indexOf(a.id())];
                long supportersB = groups.supporters[round.instance().indexOf(b.id())];
                if (a.cost() > 0 && b.cost() > 0 && supportersB > 0) {
                    assertTrue(s.density(supportersA, a.cost()).compareTo(s.density(supportersB, b.cost())) >= 0);
                }
            }
        }
    }

    @Test
    void equalBallotsGiveEqualShares() {
        List<Project> projects = List.of(Project.of("a", 300), Project.of("b", 200), Project.of("c", 600));
        Instance instance = new Instance(projects, 900);
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ballots.add(new Ballot.Approval(Set.of("a", "b", "c")));
        }
        Outcome outcome = Rules.equalShares(Satisfaction.COST, Completion.NONE)
                .allocate(instance, new Profile(instance, BallotKind.APPROVAL, ballots), TieBreak.byProjectId());
        for (Explanation e : outcome.explanations()) {
            if (e.chosen()) {
                // seven equal voters split every chosen project seven ways
                assertTrue(e.figures().get("max payment per supporter").startsWith(Fraction.of(e.project().cost(), 7).toString()),
                        e.figures().toString());
                assertEquals("0", e.figures().get("supporters paying all they had"));
            }
        }
        // with cost satisfaction all three are equally good: the tie-break takes a, then b; c no longer fits
        assertEquals(List.of("a", "b"), inOrder(outcome));
        assertEquals(List.of("a", "b", "c"), outcome.ties().get(0).candidates());
        assertEquals(List.of("b", "c"), outcome.ties().get(1).candidates());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aWeightedBallotCountsAsThatManyVoters(long seed) {
        GeneratedRounds.Round round = GeneratedRounds.approval(seed);
        List<Ballot> expanded = new ArrayList<>();
        for (Ballot b : round.profile().ballots()) {
            for (long w = 0; w < b.weight(); w++) {
                expanded.add(new Ballot.Approval(b.supported()));
            }
        }
        Profile plain = new Profile(round.instance(), BallotKind.APPROVAL, expanded);
        for (Rule rule : allRules()) {
            assertEquals(inOrder(rule.allocate(round.instance(), round.profile(), TieBreak.byProjectId())),
                    inOrder(rule.allocate(round.instance(), plain, TieBreak.byProjectId())), rule.name());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void scalingAllMoneyChangesNothing(long seed) {
        // huge amounts leave no room for the fast approximate search, so this also runs the exact path
        GeneratedRounds.Round round = GeneratedRounds.approval(seed);
        long factor = 1L << 48;
        List<Project> scaled = round.instance().projects().stream()
                .map(p -> Project.of(p.id(), p.cost() * factor)).toList();
        Instance big = new Instance(scaled, round.instance().budget() * factor);
        Profile profile = new Profile(big, BallotKind.APPROVAL, round.profile().ballots());
        for (Satisfaction s : Satisfaction.values()) {
            for (Completion c : List.of(Completion.NONE, Completion.BUDGET_INCREASE)) {
                Rule rule = Rules.equalShares(s, c);
                assertEquals(inOrder(rule.allocate(round.instance(), round.profile(), TieBreak.byProjectId())),
                        inOrder(rule.allocate(big, profile, TieBreak.byProjectId())), rule.name() + " seed " + seed);
            }
        }
    }
}
