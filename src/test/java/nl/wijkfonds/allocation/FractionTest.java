package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Fractions agree with plain BigInteger arithmetic, on the long fast path and across overflow. */
class FractionTest {

    private static long pick(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(1000) - 500;
            case 1 -> random.nextLong() >> random.nextInt(64);
            case 2 -> random.nextLong();
            default -> (random.nextBoolean() ? 1 : -1) * (Long.MAX_VALUE - random.nextInt(3));
        };
    }

    /** Mostly fractions of two longs; now and then one whose numerator or denominator needs a BigInteger. */
    private static Fraction random(Random random) {
        long d = pick(random);
        Fraction f = Fraction.of(pick(random), d == 0 ? 1 : d);
        if (random.nextInt(4) == 0) {
            long e = pick(random);
            return f.times(Fraction.of(pick(random), e == 0 ? 1 : e));
        }
        return f;
    }

    private static BigInteger[] big(Fraction f) {
        return new BigInteger[] {f.numerator(), f.denominator()};
    }

    private static void assertValue(BigInteger n, BigInteger d, Fraction actual) {
        assertEquals(Fraction.of(n, d), actual);
        assertEquals(0, n.multiply(actual.denominator()).compareTo(actual.numerator().multiply(d)));
    }

    @Test
    void arithmeticMatchesBigIntegers() {
        Random random = new Random(42);
        for (long i = 0; i < TestSize.pick(50_000, 5_000); i++) {
            Fraction a = random(random);
            Fraction b = random(random);
            BigInteger[] x = big(a);
            BigInteger[] y = big(b);
            assertValue(x[0].multiply(y[1]).add(y[0].multiply(x[1])), x[1].multiply(y[1]), a.plus(b));
            assertValue(x[0].multiply(y[1]).subtract(y[0].multiply(x[1])), x[1].multiply(y[1]), a.minus(b));
            assertValue(x[0].multiply(y[0]), x[1].multiply(y[1]), a.times(b));
            long k = pick(random);
            assertValue(x[0].multiply(BigInteger.valueOf(k)), x[1], a.times(k));
            if (k != 0) {
                assertValue(x[0], x[1].multiply(BigInteger.valueOf(k)), a.dividedBy(k));
            }
            if (b.signum() != 0) {
                assertValue(x[0].multiply(y[1]), x[1].multiply(y[0]), a.dividedBy(b));
            }
            assertEquals(a.equals(b), x[0].equals(y[0]) && x[1].equals(y[1]), a + " equals " + b);
            assertEquals(Integer.signum(x[0].signum()), a.signum());
            assertEquals(a.toString(), x[1].equals(BigInteger.ONE) ? x[0].toString() : x[0] + "/" + x[1]);
            int expected = x[0].multiply(y[1]).compareTo(y[0].multiply(x[1]));
            assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)), a + " vs " + b);
            assertEquals(Integer.signum(x[0].compareTo(x[1].multiply(BigInteger.valueOf(k)))),
                    Integer.signum(a.compareTo(k)), a + " vs " + k);
        }
    }

    @Test
    void equalValuesAreEqualFractions() {
        assertEquals(Fraction.of(2, 4), Fraction.of(-1, -2));
        assertEquals(Fraction.of(2, 4).hashCode(), Fraction.of(1, 2).hashCode());
        assertEquals("707500/3067", Fraction.of(1415000, 6134).toString());
        assertEquals("230.68", Fraction.of(1415000, 6134).toDecimal(2));
    }

    private static final BigInteger TWO_TO_63 = BigInteger.TWO.pow(63);

    /** Sums whose numerators overflow a long, on both paths (same and different denominators). */
    @Test
    void sumsThatOverflowALongStayExact() {
        assertEquals(Fraction.of(TWO_TO_63, BigInteger.ONE), Fraction.of(Long.MAX_VALUE).plus(Fraction.ONE));
        assertEquals(Fraction.of(TWO_TO_63.negate().subtract(BigInteger.ONE), BigInteger.ONE),
                Fraction.of(-Long.MAX_VALUE).plus(Fraction.of(-2)));
        assertEquals(Fraction.of(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO), BigInteger.ONE),
                Fraction.of(Long.MAX_VALUE).plus(Fraction.of(Long.MAX_VALUE)));
        // 2 * 4500000000000000001 and 3 * 3000000000000000001 both fit a long, their sum does not
        Fraction a = Fraction.of(4_500_000_000_000_000_001L, 3);
        Fraction b = Fraction.of(3_000_000_000_000_000_001L, 2);
        assertEquals(Fraction.of(new BigInteger("18000000000000000005"), BigInteger.valueOf(6)), a.plus(b));
        assertEquals(Fraction.of(new BigInteger("-18000000000000000005"), BigInteger.valueOf(6)),
                a.negate().minus(b));
    }

    /** Products whose 128-bit result is exactly -2^64 do not wrap to zero. */
    @Test
    void productsThatWrapAroundAreExact() {
        Fraction product = Fraction.of(-(1L << 32)).times(Fraction.of(1L << 32));
        assertEquals(Fraction.of(BigInteger.TWO.pow(64).negate(), BigInteger.ONE), product);
        assertEquals(-1, product.signum());
    }

    /** The smallest long has no positive counterpart; fractions with it are still exact. */
    @Test
    void theSmallestLongIsHandledExactly() {
        assertEquals(TWO_TO_63, Fraction.of(1, Long.MIN_VALUE).denominator());
        assertEquals(BigInteger.ONE.negate(), Fraction.of(1, Long.MIN_VALUE).numerator());
        assertEquals(Fraction.of(TWO_TO_63.negate(), BigInteger.valueOf(3)), Fraction.of(Long.MIN_VALUE, 3));
        assertEquals(Fraction.of(-(1L << 62)), Fraction.of(Long.MIN_VALUE, 2));
        assertEquals(Fraction.of(TWO_TO_63, BigInteger.ONE), Fraction.of(Long.MIN_VALUE, -1));
    }

    /** Fractions too large for two longs compute, compare, print and negate like small ones. */
    @Test
    void largeFractionsBehaveLikeSmallOnes() {
        Fraction large = Fraction.of(BigInteger.TWO.pow(70), BigInteger.valueOf(3));
        Fraction whole = Fraction.of(BigInteger.TWO.pow(70), BigInteger.ONE);
        assertEquals(BigInteger.TWO.pow(70).negate(), large.negate().numerator());
        assertEquals("1180591620717411303424/3", large.toString());
        assertEquals("1180591620717411303424", whole.toString());
        assertEquals(1, large.compareTo(Long.MAX_VALUE));
        assertEquals(-1, large.negate().compareTo(Long.MIN_VALUE));
        assertEquals(Fraction.of(BigInteger.TWO.pow(71), BigInteger.valueOf(3)), large.times(Fraction.of(2)));
        assertEquals(Fraction.of(BigInteger.TWO.pow(71), BigInteger.valueOf(3)), Fraction.of(2).times(large));
        assertEquals(Fraction.of(BigInteger.TWO.pow(69), BigInteger.valueOf(3)), large.dividedBy(Fraction.of(2)));
        assertEquals(Fraction.of(BigInteger.valueOf(6), BigInteger.TWO.pow(70)), Fraction.of(2).dividedBy(large));
        assertEquals(Fraction.of(3), whole.dividedBy(large));
        assertTrue(large.compareTo(whole) < 0 && whole.compareTo(large) > 0);
        assertNotEquals(Fraction.of(1), whole);
        assertNotEquals(whole, Fraction.of(1));
        assertNotEquals(large, whole);
        assertEquals(large, Fraction.of(BigInteger.TWO.pow(71), BigInteger.valueOf(6)));
    }

    @Test
    void differentValuesAreDifferentFractions() {
        assertNotEquals(Fraction.of(1, 2), Fraction.of(1, 3));
        assertNotEquals(Fraction.of(1, 2), Fraction.of(3, 2));
        assertNotEquals(Fraction.of(1, 2), "1/2");
        assertTrue(Fraction.of(0, 5).isZero());
        assertFalse(Fraction.of(1, 5).isZero());
        assertFalse(Fraction.of(-1, 5).isZero());
        assertEquals(-1, Fraction.of(-1, 5).signum());
        assertEquals(1, Fraction.of(1, 5).signum());
    }
}
