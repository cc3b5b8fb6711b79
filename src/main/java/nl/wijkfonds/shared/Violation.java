package nl.wijkfonds.shared;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with what someone sent: the property it is about (a Bean Validation path such as
 * {@code costs[2].amount}, or null for the whole command), a message key, and the values the message needs — either
 * positional ({@code {0}}) or, for Bean Validation constraints, named after the constraint's attributes
 * ({@code {max}}), given as {@link Argument}s.
 */
public record Violation(String property, String messageKey, List<Object> arguments) implements Serializable {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public Violation(String property, String messageKey) {
        this(property, messageKey, List.of());
    }

    /** A named value for a message placeholder such as {@code {max}}. */
    public record Argument(String name, Object value) implements Serializable {
    }
}
