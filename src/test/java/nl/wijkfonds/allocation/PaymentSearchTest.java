package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The budget levels keep the voters' money exactly, and the payment search on their fixed-point
 * approximations never contradicts the exact walk: checked while buying project after project.
 */
class PaymentSearchTest {

    static LongStream seeds() {
        return LongStream.range(1, 1 + TestSize.pick(100, 20));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void approximateWalkBracketsTheExactOneAndMoneyAddsUp(long seed) {
        for (GeneratedRounds.Grouped round : GeneratedRounds.grouped(GeneratedRounds.approval(seed))) {
            bracketsAndAddsUp(round, seed);
        }
    }

    private static void bracketsAndAddsUp(GeneratedRounds.Grouped round, long seed) {
        Instance instance = round.instance();
        SupportGroups groups = round.groups();
        Fraction share = round.share();
        PaymentSearch levels = new PaymentSearch(instance, groups, share);
        Fraction spent = Fraction.ZERO;
        for (int p = 0; p < instance.size(); p++) {
            long cost = instance.project(p).cost();
            if (groups.supporters[p] == 0 || cost == 0) {
                continue;
            }
            levels.tally(p);
            PaymentRange exact = levels.exactly(p, cost);
            PaymentRange approximate = levels.approximately(p, cost);
            levels.clearTally();
            if (approximate != null) {
                assertEquals(exact.affordable(), approximate.affordable(), "seed " + seed + " project " + p);
                if (exact.affordable()) {
                    assertTrue(approximate.low().compareTo(exact.low()) <= 0 && exact.low().compareTo(approximate.high()) <= 0,
                            "seed " + seed + ": " + exact.low() + " outside [" + approximate.low() + ", " + approximate.high() + "]");
                    assertEquals(exact.payers(), approximate.payers());
                }
            }
            if (!exact.affordable()) {
                continue;
            }
            levels.pay(p, exact.poorLevels(), exact.poorCount(), exact.payers(), null);
            spent = spent.plus(Fraction.of(cost));
            // everybody's money together is what they started with minus what the projects cost
            int[] all = new int[levels.orderCount];
            for (int g = 0; g < groups.groupCount(); g++) {
                levels.weightOnLevel[levels.groupLevel[g]] += groups.weight[g];
            }
            System.arraycopy(levels.order, 0, all, 0, levels.orderCount);
            BigInteger total = levels.moneyOf(all, all.length);
            for (int l : all) {
                levels.weightOnLevel[l] = 0;
            }
            assertEquals(share.times(groups.voters).minus(spent), Fraction.of(total, levels.den), "seed " + seed);
        }
    }

    /**
     * Voters A and B start with 20; A alone buys r (14) and has 6 left. p (19, both) then costs A her 6 and
     * B 13; x (100, both) is 74 out of reach. Tracked with delta 4, so each has up to 4 << shift more.
     */
    private static PaymentSearch aHasBoughtR(boolean tracked) {
        Instance instance = new Instance(List.of(Project.of("r", 14), Project.of("p", 19), Project.of("x", 100)), 40);
        Profile profile = new Profile(instance, BallotKind.APPROVAL,
                List.of(new Ballot.Approval(Set.of("r", "p", "x")), new Ballot.Approval(Set.of("p", "x"))));
        PaymentSearch levels = new PaymentSearch(instance, SupportGroups.of(instance, profile), Fraction.of(20));
        if (tracked) {
            levels.proof = new SkipProof(levels, 4);
        }
        levels.pay(0, null, 0, 1, null);
        return levels;
    }

    /** The walk on approximations widens the remaining cost by the error bound (2 after one purchase) per level. */
    @Test
    void thePaymentIsFoundExactlyAndWithinTheErrorBound() {
        PaymentSearch levels = aHasBoughtR(true);
        long unit = 1L << levels.shift;
        levels.tally(1);
        PaymentRange exact = levels.exactly(1, 1);
        PaymentRange approximate = levels.approximately(1, 1);
        levels.clearTally();
        assertTrue(exact.affordable() && exact.exact());
        assertEquals(Fraction.of(13), exact.low());
        assertEquals(Fraction.of(13), exact.high());
        assertEquals(1, exact.poorLevels().length);
        assertEquals(1, exact.payers());
        assertEquals(4 * unit, exact.poorGrowth(), "A's growth bound");
        assertTrue(approximate.affordable());
        assertFalse(approximate.exact());
        assertNull(approximate.poorLevels());
        assertEquals(1, approximate.poorCount());
        assertEquals(1, approximate.payers());
        assertEquals(Fraction.of(13 * unit - 2, unit), approximate.low());
        assertEquals(Fraction.of(13 * unit + 2, unit), approximate.high());
        assertEquals(4 * unit, approximate.poorGrowth());
        // per unit of satisfaction: cost satisfaction divides by the cost
        levels.tally(1);
        assertEquals(Fraction.of(13, 19), levels.exactly(1, 19).low());
        assertEquals(Fraction.of(13 * unit + 2, 19 * unit), levels.approximately(1, 19).high());
        levels.clearTally();
    }

    @Test
    void anUnaffordableProjectIsShortByWhatItsSupportersLack() {
        PaymentSearch levels = aHasBoughtR(true);
        long unit = 1L << levels.shift;
        levels.tally(2);
        PaymentRange exact = levels.exactly(2, 1);
        PaymentRange approximate = levels.approximately(2, 1);
        levels.clearTally();
        assertFalse(exact.affordable());
        assertEquals(Fraction.of(74), exact.low(), "100 - 6 - 20");
        assertEquals(8 * unit, exact.poorGrowth(), "both may have 4 more");
        assertFalse(approximate.affordable());
        assertEquals(Fraction.of(74 * unit - 4, unit), approximate.low(), "at least the shortfall less both errors");
        assertEquals(8 * unit, approximate.poorGrowth());

        PaymentSearch untracked = aHasBoughtR(false);
        untracked.tally(2);
        assertSame(PaymentRange.UNAFFORDABLE, untracked.exactly(2, 1));
        assertSame(PaymentRange.UNAFFORDABLE, untracked.approximately(2, 1));
        untracked.clearTally();
    }
}
