package nl.wijkfonds.web;

import nl.wijkfonds.shared.InvalidInput;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.shared.Violation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what was typed into a form (always text) as the values a command holds, remembering what could not be
 * read. {@link #check} then reports those together with every rule the command breaks, so that a form shows all
 * its problems at once, each beside its field. A value that cannot be read becomes null in the command.
 */
public final class TypedInput {

    private final List<Violation> unreadable = new ArrayList<>();

    /** An amount in euros as typed in either language ("1.250,50", "1,250.50"), or null when empty. */
    public Money money(String property, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Money.parse(typed);
        } catch (IllegalArgumentException | ArithmeticException notAnAmount) {
            unreadable.add(new Violation(property, "validation.money"));
            return null;
        }
    }

    /** An amount as a form field shows it in the person's notation ("1.250,50" in Dutch), or "" for none. */
    public static String show(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(money.cents(), 2));
    }

    /** A whole number, or null when empty. */
    public Integer number(String property, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            unreadable.add(new Violation(property, "validation.number"));
            return null;
        }
    }

    /** A decimal number with a point or a comma (degrees of a map position, say), or null when empty. */
    public BigDecimal decimal(String property, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            unreadable.add(new Violation(property, "validation.number"));
            return null;
        }
    }

    /** A date as a date field sends it (ISO, 2027-03-01), or null when empty. */
    public LocalDate date(String property, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            unreadable.add(new Violation(property, "validation.date"));
            return null;
        }
    }

    /**
     * @throws InvalidInput with what could not be read and every constraint the command breaks — except "required"
     *                      and the like on a property whose typed value could not be read, which has its own message
     */
    public void check(Validation validation, Object command, Class<?>... groups) {
        Set<String> unread = unreadable.stream().map(Violation::property).collect(Collectors.toSet());
        List<Violation> all = new ArrayList<>(unreadable);
        validation.violations(command, groups).stream()
                .filter(v -> !unread.contains(v.property()))
                .forEach(all::add);
        if (!all.isEmpty()) {
            throw new InvalidInput(all);
        }
    }
}
