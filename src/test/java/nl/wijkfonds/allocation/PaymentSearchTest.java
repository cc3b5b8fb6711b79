package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.stream.LongStream;

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
        GeneratedRounds.Round round = GeneratedRounds.approval(seed);
        Instance instance = round.instance();
        SupportGroups groups = SupportGroups.of(instance, round.profile());
        if (groups.voters == 0) {
            return;
        }
        Fraction share = Fraction.of(instance.budget(), groups.voters);
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
}
