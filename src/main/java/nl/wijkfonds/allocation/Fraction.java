package nl.wijkfonds.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number. The rules compare shares of money and loads that are almost never whole
 * numbers, and an outcome must never depend on rounding, so the engine computes with fractions only.
 *
 * <p>Almost every value fits in two {@code long}s, so that is the fast path; a value whose numerator or
 * denominator does not fit is kept as a pair of {@link BigInteger}s. The representation is canonical
 * (reduced, positive denominator, small whenever it fits), so {@link #equals} and {@link #hashCode} are
 * value-based and a fraction can serve as a map key.
 */
public final class Fraction implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Valid when {@code bigNum == null}. */
    private final long num;
    private final long den;
    /** Non-null only when numerator or denominator does not fit in a long. */
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    private Fraction(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Fraction(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    public static Fraction of(long value) {
        return new Fraction(value, 1);
    }

    public static Fraction of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator == Long.MIN_VALUE || numerator == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long g = gcd(Math.abs(numerator), denominator);
        return new Fraction(numerator / g, denominator / g);
    }

    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = numerator.gcd(denominator);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        if (fits(numerator) && fits(denominator)) {
            return new Fraction(numerator.longValue(), denominator.longValue());
        }
        return new Fraction(numerator, denominator);
    }

    private static boolean fits(BigInteger v) {
        return v.compareTo(LONG_MIN) > 0 && v.compareTo(LONG_MAX) <= 0;
    }

    private boolean isSmall() {
        return bigNum == null;
    }

    public BigInteger numerator() {
        return isSmall() ? BigInteger.valueOf(num) : bigNum;
    }

    public BigInteger denominator() {
        return isSmall() ? BigInteger.valueOf(den) : bigDen;
    }

    public int signum() {
        return isSmall() ? Long.signum(num) : bigNum.signum();
    }

    public boolean isZero() {
        return signum() == 0;
    }

    public Fraction plus(Fraction o) {
        if (isSmall() && o.isSmall()) {
            if (den == o.den) {
                long s = num + o.num;
                if (((num ^ s) & (o.num ^ s)) >= 0 && s != Long.MIN_VALUE) {
                    return den == 1 ? new Fraction(s, 1) : of(s, den);
                }
            } else {
                long a = mul(num, o.den);
                long b = mul(o.num, den);
                long d = mul(den, o.den);
                if (a != OVERFLOW && b != OVERFLOW && d != OVERFLOW) {
                    long s = a + b;
                    if (((a ^ s) & (b ^ s)) >= 0 && s != Long.MIN_VALUE) {
                        return of(s, d);
                    }
                }
            }
        }
        return of(numerator().multiply(o.denominator()).add(o.numerator().multiply(denominator())),
                denominator().multiply(o.denominator()));
    }

    public Fraction minus(Fraction o) {
        return plus(o.negate());
    }

    public Fraction negate() {
        if (isSmall() && num != Long.MIN_VALUE) {
            return new Fraction(-num, den);
        }
        return of(numerator().negate(), denominator());
    }

    public Fraction times(long factor) {
        if (isSmall()) {
            long g = gcd(Math.abs(factor), den);
            long n = mul(num, factor / g);
            if (n != OVERFLOW) {
                return new Fraction(n, den / g);
            }
        }
        return of(numerator().multiply(BigInteger.valueOf(factor)), denominator());
    }

    public Fraction times(Fraction o) {
        if (isSmall() && o.isSmall()) {
            long n = mul(num, o.num);
            long d = mul(den, o.den);
            if (n != OVERFLOW && d != OVERFLOW) {
                return of(n, d);
            }
        }
        return of(numerator().multiply(o.numerator()), denominator().multiply(o.denominator()));
    }

    public Fraction dividedBy(long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (isSmall()) {
            long d = mul(den, divisor);
            if (d != OVERFLOW) {
                return of(num, d);
            }
        }
        return of(numerator(), denominator().multiply(BigInteger.valueOf(divisor)));
    }

    public Fraction dividedBy(Fraction o) {
        if (o.isSmall() && isSmall()) {
            long n = mul(num, o.den);
            long d = mul(den, o.num);
            if (n != OVERFLOW && d != OVERFLOW) {
                return of(n, d);
            }
        }
        return of(numerator().multiply(o.denominator()), denominator().multiply(o.numerator()));
    }

    @Override
    public int compareTo(Fraction o) {
        if (isSmall() && o.isSmall()) {
            if (den == o.den) {
                return Long.compare(num, o.num);
            }
            // exact 128-bit cross products: a/b ? c/d  <=>  a*d ? c*b  (b, d > 0)
            long hi1 = Math.multiplyHigh(num, o.den);
            long hi2 = Math.multiplyHigh(o.num, den);
            if (hi1 != hi2) {
                return Long.compare(hi1, hi2);
            }
            return Long.compareUnsigned(num * o.den, o.num * den);
        }
        return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
    }

    /** Compares this fraction with the whole number {@code value}. */
    public int compareTo(long value) {
        if (isSmall()) {
            long hi = Math.multiplyHigh(value, den);
            long hiThis = num < 0 ? -1 : 0;
            if (hi != hiThis) {
                return Long.compare(hiThis, hi);
            }
            return Long.compareUnsigned(num, value * den);
        }
        return bigNum.compareTo(bigDen.multiply(BigInteger.valueOf(value)));
    }

    public static Fraction min(Fraction a, Fraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Fraction)) {
            return false;
        }
        Fraction o = (Fraction) other;
        if (isSmall() != o.isSmall()) {
            return false;
        }
        return isSmall() ? num == o.num && den == o.den : bigNum.equals(o.bigNum) && bigDen.equals(o.bigDen);
    }

    @Override
    public int hashCode() {
        return isSmall() ? Long.hashCode(num) * 31 + Long.hashCode(den) : bigNum.hashCode() * 31 + bigDen.hashCode();
    }

    /** Exact form: {@code 7} or {@code 1415000/6134}. */
    @Override
    public String toString() {
        if (isSmall()) {
            return den == 1 ? Long.toString(num) : num + "/" + den;
        }
        return bigDen.equals(BigInteger.ONE) ? bigNum.toString() : bigNum + "/" + bigDen;
    }

    /** A rounded decimal for people to read (half-even); the exact value is {@link #toString()}. */
    public String toDecimal(int scale) {
        return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    private static final long OVERFLOW = Long.MIN_VALUE;

    /** a*b, or {@link #OVERFLOW} when the product does not fit (MIN_VALUE itself is also treated as overflow). */
    private static long mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return OVERFLOW;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
