package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The exact figures an auditor reads beside each explanation: fractions written exactly with a rounded
 * decimal after them, and the derived numbers (payment per unit of satisfaction, money left, the greedy
 * score, infinite loads) worked out right.
 */
class ExplanationFiguresTest {

    private static final ExplanationText EN = ExplanationText.of(Locale.ENGLISH);

    private static Map<String, String> figures(Object... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], (String) namesAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void equalSharesFiguresShowPaymentPerUnitOfSatisfactionAndMoneyLeft() {
        Reason byCost = new Reason.BoughtWithEqualShares(4, Fraction.of(10), Fraction.of(5, 2), Satisfaction.COST, 0,
                Fraction.of(20));
        assertEquals(figures("supporters", "4", "cost", "10", "max payment per supporter", "5/2 (about 2.50)",
                "payment per unit of cost satisfaction", "1/4 (about 0.250000)", "supporters paying all they had", "0",
                "supporters' money before", "20", "supporters' money left", "10"), byCost.figures());
        Reason byCount = new Reason.BoughtWithEqualShares(4, Fraction.of(10), Fraction.of(5, 2),
                Satisfaction.CARDINALITY, 1, Fraction.of(25, 2));
        assertEquals("5/2 (about 2.50)", byCount.figures().get("payment per unit of cardinality satisfaction"));
        assertEquals("5/2 (about 2.50)", byCount.figures().get("supporters' money left"));
    }

    @Test
    void theGreedyScoreIsSupportersForCostSatisfactionAndSupportersPerCostOtherwise() {
        assertEquals("3", new Reason.FitsBudget(3, Satisfaction.COST, 1, Fraction.of(10), Fraction.of(4)).figures().get("score"));
        assertEquals("3/4 (about 0.750000)",
                new Reason.FitsBudget(3, Satisfaction.CARDINALITY, 1, Fraction.of(10), Fraction.of(4)).figures().get("score"));
        assertEquals("free", new Reason.FitsBudget(3, Satisfaction.COST, 1, Fraction.of(10), Fraction.ZERO).figures().get("score"));
        assertEquals("0", new Reason.FitsBudget(0, Satisfaction.COST, 1, Fraction.of(10), Fraction.of(4)).figures().get("score"));
        assertEquals("0", new Reason.DoesNotFitBudget(0, Satisfaction.CARDINALITY, 2, Fraction.of(1), Fraction.of(4))
                .figures().get("score"));
        assertEquals("6", new Reason.FitsBudget(3, Satisfaction.COST, 1, Fraction.of(10), Fraction.of(4))
                .figures().get("budget left after"));
    }

    @Test
    void phragmenShowsAnInfiniteLoadWhenNobodySupportsAProject() {
        assertEquals("infinite", new Reason.RuleStoppedHere(0, Fraction.of(5), null, Fraction.of(2)).figures()
                .get("lowest possible new load"));
        assertEquals("1/3 (about 0.333333)", new Reason.RuleStoppedHere(3, Fraction.of(5), Fraction.of(1, 3), Fraction.of(2))
                .figures().get("lowest possible new load"));
        assertEquals("infinite", new Reason.NotReached("7", 0, Fraction.of(5), null, Fraction.of(2)).figures()
                .get("lowest possible new load"));
        assertEquals("7/3 (about 2.33)", new Reason.NotReached("7", 3, Fraction.of(5), Fraction.of(7, 3), Fraction.of(2))
                .figures().get("lowest possible new load"));
    }

    /**
     * Two voters with 50 each. Both support a (60), each pays 30; voter 1 alone supports c (45), which she
     * could afford before, but not with the 20 she has left after step 1.
     */
    @Test
    void equalSharesSayWhenAProjectBecameUnaffordable() {
        Instance instance = new Instance(List.of(Project.of("a", 60), Project.of("c", 45)), 100);
        Profile profile = new Profile(instance, BallotKind.APPROVAL, List.of(new Ballot.Approval(Set.of("a", "c")),
                new Ballot.Approval(Set.of("a"))));
        Outcome outcome = Rules.equalShares(Satisfaction.COST, Completion.NONE).allocate(instance, profile,
                TieBreak.byProjectId());
        assertEquals(List.of("a"), outcome.selectedIds());
        Explanation a = outcome.explanations().get(0);
        assertEquals("Explanation[a chosen at step 1 (equal-shares): bought-with-equal-shares " + a.figures() + "]",
                a.toString());
        assertEquals("30", a.figures().get("max payment per supporter"));
        Explanation c = outcome.explanations().get(1);
        assertEquals(figures("supporters", "1", "cost", "45", "supporters' money left", "20", "shortfall", "25",
                "dropped before step", "2"), c.figures());
        assertTrue(c.toString().startsWith("Explanation[c not chosen (equal-shares): supporters-cannot-afford"), c.toString());
        assertEquals("Not chosen: its only supporter had € 20 left, the plan costs € 45", EN.sentence(c));
    }

    @Test
    void aTieIsToldInOneSentence() {
        Tie tie = new Tie(2, "greedy", List.of("12", "7"), "12", "platform");
        assertEquals("Gelijke stand in stap 2 tussen 12, 7: 12 ging voor",
                ExplanationText.of(Locale.forLanguageTag("nl")).tie(tie));
        assertEquals("Tie in step 2 between 12, 7: 12 went first", EN.tie(tie));
    }

    @Test
    void wholeAmountsAreWrittenWithoutCents() {
        assertEquals("€ 7", EN.money(Fraction.of(7)));
        assertEquals("€ 7.50", EN.money(Fraction.of(15, 2)));
        assertEquals("€ 0", EN.money(Fraction.ZERO));
    }
}
