package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static Fraction random(Random random) {
        long d = pick(random);
        return Fraction.of(pick(random), d == 0 ? 1 : d);
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
}
