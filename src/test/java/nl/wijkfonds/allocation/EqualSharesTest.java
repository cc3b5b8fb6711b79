package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.wijkfonds.allocation.definition.EqualSharesDefinition;

/** The Method of Equal Shares on a round worked out by hand. */
class EqualSharesTest {

    private static Ballot.Approval voter(String... projects) {
        return new Ballot.Approval(Set.of(projects));
    }

    /**
     * Six voters, budget 600: 100 each. Step 1 (after the free f): "0" (150; voters 1, 2, 5) and b (200;
     * voters 1, 2, 6) both cost their supporters 1/3 per unit; "0" goes first by id. Voters 1 and 2 have 50
     * left, so b now costs voter 6 100 of its 200: 1/2 per unit, exactly as much as a (100; voters 3 and 4).
     * b's bound from step 1 puts it before a in the loop, but the tie-break, not that order, decides: a.
     */
    @Test
    void aTieIsDecidedByTheTieBreakNotByTheOrderTheLoopLooksAtProjects() {
        Instance instance = new Instance(List.of(Project.of("0", 150), Project.of("a", 100), Project.of("b", 200),
                Project.of("f", 0), Project.of("z", 50)), 600);
        Profile profile = new Profile(instance, BallotKind.APPROVAL, List.of(voter("0", "b", "f"), voter("0", "b"),
                voter("a"), voter("a"), voter("0"), voter("b")));
        Outcome outcome = Rules.equalShares(Satisfaction.COST, Completion.NONE).allocate(instance, profile,
                TieBreak.byProjectId());
        List<String> order = outcome.selected().stream().map(Project::id).toList();
        assertEquals(List.of("f", "0", "a", "b"), order);
        assertEquals(EqualSharesDefinition.select(instance, profile, Satisfaction.COST, Completion.NONE,
                TieBreak.byProjectId()), order);
        assertEquals(List.of(List.of("0", "b"), List.of("a", "b")), outcome.ties().stream().map(Tie::candidates).toList());
        assertEquals(List.of(2, 3), outcome.ties().stream().map(Tie::step).toList());
        List<String> codes = outcome.explanations().stream().map(e -> e.reason().code()).toList();
        assertEquals(List.of("bought-with-equal-shares", "bought-with-equal-shares", "bought-with-equal-shares",
                "costs-nothing", "nobody-supports"), codes);
        assertEquals("100", outcome.explanations().get(2).figures().get("max payment per supporter"));
        // voters 1 and 2 pay the 50 they have left, voter 6 the other 100
        assertEquals("2", outcome.explanations().get(2).figures().get("supporters paying all they had"));
        assertEquals("0", outcome.explanations().get(2).figures().get("supporters' money left"));
    }

    private static List<String> engine(Instance instance, Profile profile, Completion completion) {
        return Rules.equalShares(Satisfaction.COST, completion).allocate(instance, profile, TieBreak.byProjectId())
                .selected().stream().map(Project::id).toList();
    }

    /**
     * MES itself only buys what somebody supports, even when it is free; the greedy stage of a completion
     * then takes what still fits, supported or not. The completions go on past a run that leaves an
     * unsupported project that fits (budget increase), but not for it (iterated).
     */
    @Test
    void projectsNobodySupportsAreLeftToTheCompletion() {
        Instance instance = new Instance(List.of(Project.of("g", 0), Project.of("p", 60), Project.of("q", 50),
                Project.of("z", 10)), 100);
        Profile profile = new Profile(instance, BallotKind.APPROVAL, List.of(voter("p", "q"), voter("p")));
        assertEquals(List.of("p"), engine(instance, profile, Completion.NONE));
        for (Completion completion : Completion.values()) {
            assertEquals(EqualSharesDefinition.select(instance, profile, Satisfaction.COST, completion,
                    TieBreak.byProjectId()), engine(instance, profile, completion), completion.label());
        }
        assertEquals(List.of("p", "g", "z"), engine(instance, profile, Completion.BUDGET_INCREASE));
        assertEquals(List.of("p", "g", "z"), engine(instance, profile, Completion.ITERATED));
    }

    /**
     * The notes say which run a completion kept. Two voters, p (60) for both, q (50) for the first: the
     * first can add q once her share reaches 80 (30 for p, 50 for q). Budget increase steps the MES budget
     * by 1 % (1): run 61 (budget 160) buys both, 110, over the budget of 100, so run 60 is kept. Iterated
     * (budget 120) steps the share by 1 from 60: run 21 (share 80) buys both, which fits and leaves nothing
     * MES could still buy; the runs in between are skipped where the skip proof allows, but still counted.
     */
    @Test
    void theNotesNameTheRunACompletionKept() {
        Instance instance = new Instance(List.of(Project.of("g", 0), Project.of("p", 60), Project.of("q", 50),
                Project.of("z", 10)), 100);
        Profile profile = new Profile(instance, BallotKind.APPROVAL, List.of(voter("p", "q"), voter("p")));
        assertEquals(List.of(), Rules.equalShares(Satisfaction.COST, Completion.NONE)
                .allocate(instance, profile, TieBreak.byProjectId()).notes());
        assertEquals(List.of("budget-increase: kept MES run 60 of 61, with a starting share of 159/2 (79.50) per voter, "
                        + "i.e. a budget of 159", "budget-increase: MES spent 60 of 100; greedy (cost) fills the rest"),
                Rules.equalShares(Satisfaction.COST, Completion.BUDGET_INCREASE)
                        .allocate(instance, profile, TieBreak.byProjectId()).notes());
        Instance larger = new Instance(instance.projects(), 120);
        Profile again = new Profile(larger, BallotKind.APPROVAL, profile.ballots());
        assertEquals(List.of("iterated: kept MES run 21 of 21, with a starting share of 80 (80.00) per voter",
                        "iterated: MES spent 110 of 120; greedy (cost) fills the rest"),
                Rules.equalShares(Satisfaction.COST, Completion.ITERATED).allocate(larger, again, TieBreak.byProjectId())
                        .notes());
    }

    /**
     * Budget increase stops at a budget of budget × (voters + 1), that one included: here nothing ever
     * exceeds the budget and u, which nobody supports, always still fits, so every run up to a budget of
     * 200 (run 101) is tried and the last is kept.
     */
    @Test
    void budgetIncreaseRunsUpToTheBudgetTimesVotersPlusOne() {
        Instance instance = new Instance(List.of(Project.of("p", 10), Project.of("u", 10)), 100);
        Profile profile = new Profile(instance, BallotKind.APPROVAL, List.of(voter("p")));
        assertEquals(List.of("budget-increase: kept MES run 101 of 101, with a starting share of 200 (200.00) per voter, "
                        + "i.e. a budget of 200", "budget-increase: MES spent 10 of 100; greedy (cost) fills the rest"),
                Rules.equalShares(Satisfaction.COST, Completion.BUDGET_INCREASE)
                        .allocate(instance, profile, TieBreak.byProjectId()).notes());
    }
}
