package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.wijkfonds.allocation.pabulib.Election;
import nl.wijkfonds.allocation.pabulib.PabulibException;
import nl.wijkfonds.allocation.pabulib.PabulibReader;
import nl.wijkfonds.allocation.pabulib.PabulibWriter;

/**
 * Budgets and costs with decimals are read exactly (as the reference library reads them, as exact
 * fractions) and every rule decides on the exact amounts: a cent too much is too much.
 */
class DecimalAmountsTest {

    private static Election read(String text) throws PabulibException {
        return PabulibReader.parse(text);
    }

    private static List<String> chosen(Rule rule, Election e) {
        return rule.allocate(e.instance(), e.profile(), TieBreak.byProjectId()).selected().stream()
                .map(Project::id).toList();
    }

    @Test
    void amountsGetAsManyDecimalsAsTheMostPreciseNeeds() throws PabulibException {
        Election e = read("""
                META
                key;value
                budget;804828.79
                vote_type;approval
                PROJECTS
                project_id;cost
                1;1500
                2;12,5
                3;0.125
                4;250.000
                VOTES
                voter_id;vote
                1;1,2
                """);
        assertEquals(3, e.instance().decimals());
        assertEquals(1000, e.instance().currencyUnit());
        assertEquals(804_828_790, e.instance().budget());
        assertEquals(List.of(1_500_000L, 12_500L, 125L, 250_000L),
                e.instance().projects().stream().map(Project::cost).toList());
        assertEquals(Fraction.of(80482879, 100), e.instance().inCurrency(e.instance().budget()));
    }

    @Test
    void trailingZerosAddNoDecimals() throws PabulibException {
        Election e = read("META\nkey;value\nbudget;1000.00\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;500,00\n"
                + "VOTES\nvoter_id;vote\n1;1\n");
        assertEquals(0, e.instance().decimals());
        assertEquals(1000, e.instance().budget());
    }

    /**
     * Three voters with 1.00 each. Y costs 3.01: one cent more than all their money, so no rule may buy
     * it (read as whole units, MES would buy it first). X costs 1.50; its two supporters pay 0.75 each.
     */
    @Test
    void oneCentTooMuchIsTooMuch() throws PabulibException {
        Election e = read("""
                META
                key;value
                budget;3.00
                vote_type;approval
                PROJECTS
                project_id;cost
                X;1.50
                Y;3.01
                VOTES
                voter_id;vote
                1;X,Y
                2;X,Y
                3;Y
                """);
        for (Rule rule : List.of(Rules.equalShares(Satisfaction.COST, Completion.NONE),
                Rules.equalShares(Satisfaction.CARDINALITY, Completion.NONE), Rules.greedy(Satisfaction.COST),
                Rules.greedy(Satisfaction.CARDINALITY), Rules.phragmen(),
                Rules.equalShares(Satisfaction.COST, Completion.BUDGET_INCREASE),
                Rules.equalShares(Satisfaction.COST, Completion.ITERATED))) {
            assertEquals(List.of("X"), chosen(rule, e), rule.name());
        }
        Outcome mes = Rules.equalShares(Satisfaction.COST, Completion.NONE)
                .allocate(e.instance(), e.profile(), TieBreak.byProjectId());
        assertEquals(new java.math.BigDecimal("1.50"), mes.inCurrency(mes.totalCost()));
    }

    /**
     * Iterated MES raises every share by one whole currency unit, whatever the decimals. Two voters with
     * 5.25 each: B (4.00, voter 2) is bought, A (6.00, voter 1) is not affordable, and A still fits, so
     * the share grows to 6.25 (not 5.26), where both are bought: the second run is kept.
     */
    @Test
    void iteratedMesStepsOneWholeCurrencyUnit() throws PabulibException {
        Election e = read("""
                META
                key;value
                budget;10.50
                vote_type;approval
                PROJECTS
                project_id;cost
                A;6.00
                B;4.00
                VOTES
                voter_id;vote
                1;A
                2;B
                """);
        Outcome outcome = Rules.equalShares(Satisfaction.COST, Completion.ITERATED)
                .allocate(e.instance(), e.profile(), TieBreak.byProjectId());
        assertEquals(List.of("A", "B"), outcome.selectedIds());
        assertTrue(outcome.notes().get(0).contains("kept MES run 2 of 2"), outcome.notes().toString());
        assertTrue(outcome.notes().get(0).contains("6.25"), outcome.notes().toString());
    }

    static LongStream seeds() {
        return LongStream.range(1, 1 + TestSize.pick(60, 15));
    }

    /**
     * Money only appears in ratios and comparisons, so writing every amount in thousands (12 becomes
     * 0.012) changes no outcome, except iterated MES, whose step is one currency unit.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void theSameMoneyInOtherUnitsGivesTheSameOutcome(long seed) throws PabulibException {
        GeneratedRounds.Round round = GeneratedRounds.approval(seed);
        Election whole = new Election(round.instance(), round.profile());
        Election thousands = read(inThousands(PabulibWriter.write(whole)));
        assertTrue(thousands.instance().decimals() > 0, "seed " + seed);
        for (Rule rule : allRules()) {
            if (!rule.name().endsWith("iterated")) {
                assertEquals(chosen(rule, whole), chosen(rule, thousands), rule.name() + " seed " + seed);
            }
        }
    }

    /** Every budget and cost divided by 1000, exactly. */
    private static String inThousands(String pabulib) {
        StringBuilder out = new StringBuilder();
        String section = "";
        for (String line : pabulib.split("\n", -1)) {
            if (line.equals("META") || line.equals("PROJECTS") || line.equals("VOTES")) {
                section = line;
            } else if (section.equals("META") && line.startsWith("budget;")) {
                line = "budget;" + thousandth(line.substring(7));
            } else if (section.equals("PROJECTS") && !line.startsWith("project_id;") && !line.isEmpty()) {
                String[] f = line.split(";", -1);
                f[1] = thousandth(f[1]);
                line = String.join(";", f);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String thousandth(String amount) {
        return new java.math.BigDecimal(amount).movePointLeft(3).toPlainString();
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
}
