package nl.wijkfonds.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of euros, held as whole euro cents so that sums are exact.
 *
 * <p>{@link #parse} reads what people type in either language: "300000", "300.000", "300,000", "1.234,56" and
 * "1,234.56" all work, because a separator followed by exactly one or two final digits is the decimal separator and
 * every other separator only groups thousands.
 */
public record Money(long cents) implements Comparable<Money>, Serializable {

    private static final Pattern TYPED_AMOUNT = Pattern.compile("-?\\d[\\d.,]*");

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public static Money ofEuros(long euros) {
        return new Money(Math.multiplyExact(euros, 100));
    }

    /** @throws IllegalArgumentException when the text is not an amount of euros */
    public static Money parse(String typed) {
        String text = typed == null ? "" : typed.replace("€", "").replaceAll("\\s", "");
        if (!TYPED_AMOUNT.matcher(text).matches() || text.length() > 15) {
            throw new IllegalArgumentException("not an amount: " + typed);
        }
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        int last = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
        String whole = digits;
        String fraction = "00";
        if (last >= 0 && digits.length() - last - 1 <= 2) {
            whole = digits.substring(0, last);
            fraction = (digits.substring(last + 1) + "00").substring(0, 2);
        }
        long cents = Math.addExact(Math.multiplyExact(Long.parseLong(whole.replaceAll("[.,]", "")), 100),
                Long.parseLong(fraction));
        return new Money(negative ? -cents : cents);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean exceeds(Money other) {
        return cents > other.cents;
    }

    /** The amount as a person reads it in the given language, e.g. "€ 300.000,00". */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Objects.requireNonNull(locale));
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** The amount as typed into a form field, without currency sign or grouping. */
    public String toPlainString() {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }
}
