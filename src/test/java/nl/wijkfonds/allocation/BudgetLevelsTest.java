package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a purchase must leave behind in the budget levels, checked against money kept per support group on
 * the side: the poor on the empty level, the payers one node further with exactly their payment less, the
 * levels in use listed poor to rich with their ranks, each group counted on its level, and every
 * approximation within the error bound.
 */
class BudgetLevelsTest {

    static LongStream seeds() {
        return LongStream.range(1, 1 + TestSize.pick(100, 25));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aPurchaseMovesEverySupporterToTheRightLevelInOrder(long seed) {
        for (GeneratedRounds.Grouped round : GeneratedRounds.grouped(GeneratedRounds.approval(seed),
                GeneratedRounds.cumulative(seed))) {
            Instance instance = round.instance();
            SupportGroups groups = round.groups();
            Fraction share = round.share();
            PaymentSearch levels = new PaymentSearch(instance, groups, share);
            Fraction[] money = new Fraction[groups.groupCount()];
            java.util.Arrays.fill(money, share);
            assertConsistent(levels, groups, money, "seed " + seed + " at the start");
            for (int p = 0; p < instance.size(); p++) {
                long cost = instance.project(p).cost();
                if (groups.supporters[p] == 0 || cost == 0) {
                    continue;
                }
                levels.tally(p);
                PaymentRange e = levels.exactly(p, 1);
                levels.clearTally();
                if (!e.affordable()) {
                    continue;
                }
                int[] nodeBefore = new int[groups.groupCount()];
                for (int g = 0; g < nodeBefore.length; g++) {
                    nodeBefore[g] = levels.levelNode[levels.groupLevel[g]];
                }
                BigInteger pay = levels.pay(p, e.poorLevels(), e.poorCount(), e.payers(), null);
                Fraction payment = Fraction.of(pay, levels.den);
                int purchase = levels.purchases - 1;
                for (int g : groups.groupsOf[p]) {
                    int node = levels.levelNode[levels.groupLevel[g]];
                    if (money[g].compareTo(payment) < 0) {
                        assertEquals(BudgetLevels.EMPTY, node, "seed " + seed + ": a poor group pays all it has");
                        money[g] = Fraction.ZERO;
                    } else {
                        assertEquals(nodeBefore[g], levels.nodeParent[node], "seed " + seed + ": one node on");
                        assertEquals(purchase, levels.nodePurchase[node]);
                        money[g] = money[g].minus(payment);
                    }
                }
                assertConsistent(levels, groups, money, "seed " + seed + " after buying " + p);
            }
        }
    }

    private static BudgetLevels oneVoter(long amount) {
        Instance instance = new Instance(List.of(Project.of("a", amount)), amount);
        SupportGroups groups = SupportGroups.of(instance, new Profile(instance, BallotKind.APPROVAL,
                List.of(new Ballot.Approval(Set.of("a")))));
        return new BudgetLevels(instance, groups, Fraction.of(amount));
    }

    /**
     * The fixed point keeps the largest amount the walk multiplies out below 2^61 (here the share of the
     * only voter, equal to the cost), and is dropped when that leaves fewer than 8 bits.
     */
    @Test
    void theFixedPointUsesTheBitsTheAmountsLeave() {
        assertEquals(61 - 5, oneVoter(20).shift);
        assertEquals(20L << (61 - 5), oneVoter(20).levelApprox[oneVoter(20).order[0]]);
        assertEquals(8, oneVoter(1L << 52).shift, "an amount of 53 bits leaves 8");
        assertEquals(-1, oneVoter(1L << 53).shift, "54 bits leave 7: everything exact");
    }

    /**
     * 600 voters, each the only supporter of her own project, which costs her 1 to 600: afterwards each has
     * her own level. A tally lists a project's levels poor to rich however it orders them: x (everybody)
     * through the bit set of ranks, y (voters 0 and 5 of 600 levels) by sorting.
     */
    @Test
    void aTallyListsTheLevelsPoorToRichAmongManyLevels() {
        int voters = 600;
        List<Project> projects = new ArrayList<>(List.of(Project.of("x", 1), Project.of("y", 1)));
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            projects.add(Project.of("own" + v, v + 1));
            ballots.add(new Ballot.Approval(v == 0 || v == 5 ? Set.of("x", "y", "own" + v) : Set.of("x", "own" + v)));
        }
        Instance instance = new Instance(projects, 1000L * voters);
        SupportGroups groups = SupportGroups.of(instance, new Profile(instance, BallotKind.APPROVAL, ballots));
        BudgetLevels levels = new BudgetLevels(instance, groups, Fraction.of(1000));
        for (int v = 0; v < voters; v++) {
            levels.pay(2 + v, null, 0, 1, null);
        }
        assertEquals(voters, levels.orderCount);

        levels.tally(1);
        assertEquals(2, levels.touchedCount);
        assertEquals(levels.groupLevel[5], levels.touched[0], "voter 5 has 994 left");
        assertEquals(levels.groupLevel[0], levels.touched[1], "voter 0 has 999 left");
        levels.clearTally();

        levels.tally(0);
        assertEquals(voters, levels.touchedCount);
        for (int i = 0; i < voters; i++) {
            int v = voters - 1 - i; // the voter who paid most is poorest
            assertEquals(levels.groupLevel[v], levels.touched[i], "rank " + i);
            assertEquals(1, levels.weightOnLevel[levels.touched[i]]);
        }
        levels.clearTally();
    }

    private static void assertConsistent(BudgetLevels levels, SupportGroups groups, Fraction[] money, String where) {
        Set<Integer> inUse = new HashSet<>();
        Set<Integer> nodes = new HashSet<>();
        for (int i = 0; i < levels.orderCount; i++) {
            int id = levels.order[i];
            assertTrue(inUse.add(id), where + ": level " + id + " listed twice");
            assertTrue(nodes.add(levels.levelNode[id]), where + ": two levels for one node");
            assertEquals(i, levels.rankOf[id], where + ": rank of level " + id);
            if (i > 0) {
                assertTrue(levels.levelApprox[levels.order[i - 1]] <= levels.levelApprox[id], where + ": poor to rich");
            }
        }
        int[] groupsOn = new int[levels.levelNode.length];
        for (int g = 0; g < groups.groupCount(); g++) {
            int id = levels.groupLevel[g];
            assertTrue(inUse.contains(id), where + ": group " + g + " on a level not listed");
            groupsOn[id]++;
            int node = levels.levelNode[id];
            assertEquals(money[g], Fraction.of(levels.exactMoney(node), levels.den), where + ": money of group " + g);
            if (levels.shift >= 0) {
                BigInteger scaled = money[g].numerator().shiftLeft(levels.shift).divide(money[g].denominator());
                long off = Math.abs(scaled.longValueExact() - levels.levelApprox[id]);
                assertTrue(off <= levels.error, where + ": approximation of group " + g + " off by " + off);
            }
        }
        for (int id : inUse) {
            assertEquals(groupsOn[id], levels.levelGroups[id], where + ": groups counted on level " + id);
            assertTrue(groupsOn[id] > 0, where + ": level " + id + " listed without voters");
        }
    }
}
