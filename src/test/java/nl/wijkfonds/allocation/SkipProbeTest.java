package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How far iterated MES asks its tracked runs to prove, and when it stops asking for a while. */
class SkipProbeTest {

    @Test
    void theFirstProbeIsThePowerOfTwoThatCoversOneCurrencyUnit() {
        assertEquals(1, new SkipProbe(1).probe());
        assertEquals(64, new SkipProbe(64).probe());
        assertEquals(128, new SkipProbe(100).probe(), "cents");
        assertEquals(1L << 60, new SkipProbe(1_000_000_000_000_000_000L).probe(), "18 decimals");
    }

    @Test
    void afterAProvenJumpTheNextProbeIsTwiceAsFarUpToTwoToTheTwentyCurrencyUnits() {
        SkipProbe probe = new SkipProbe(100);
        probe.proved(300);
        assertEquals(600, probe.probe());
        probe.proved(1);
        assertEquals(128, probe.probe(), "never below the first probe");
        probe.proved(64 << 20);
        assertEquals(128 << 20, probe.probe(), "half the largest probe or more: the largest");
        probe.proved((64 << 20) - 1);
        assertEquals((128 << 20) - 2, probe.probe());
        probe.proved((64 << 20) + 1);
        assertEquals(128 << 20, probe.probe(), "not twice that");
    }

    @Test
    void theLargestProbeStaysBelowTwoToTheSixtyTwo() {
        SkipProbe huge = new SkipProbe(1L << 42);
        huge.proved(1L << 61);
        assertEquals(1L << 62, huge.probe());
        SkipProbe large = new SkipProbe(1L << 41);
        large.proved(1L << 59);
        assertEquals(1L << 60, large.probe());
        large.proved(1L << 61);
        assertEquals(1L << 61, large.probe(), "2^41 << 20");
    }

    /** The runs tracked (t) or plain (.) after each failure to prove one step, and after a success. */
    @Test
    void afterRunsThatProveNothingPlainRunsForLongerAndLongerUpToSixteen() {
        SkipProbe probe = new SkipProbe(1);
        StringBuilder runs = new StringBuilder();
        List<Long> proofs = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L, 5L, 0L));
        while (!proofs.isEmpty()) {
            if (probe.tracksNextRun()) {
                runs.append('t');
                probe.proved(proofs.remove(0));
            } else {
                runs.append('.');
            }
        }
        assertEquals("t.t..t....t........t................t................tt", runs.toString());
        assertFalse(probe.tracksNextRun(), "the failure after a success: one plain run");
        assertTrue(probe.tracksNextRun());
    }
}
