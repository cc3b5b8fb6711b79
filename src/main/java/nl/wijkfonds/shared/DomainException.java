package nl.wijkfonds.shared;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A rule of the domain said no. Carries a message key from the {@code messages} bundles (so the web layer can tell
 * the person in their own language) and, where the refusal is about one property of the command, that property's
 * path as Bean Validation writes it ({@code title}, {@code costs[2].amount}).
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final String property;
    private final List<Object> arguments;

    public DomainException(String messageKey, String property, Object... arguments) {
        super(messageKey + (property == null ? "" : " [" + property + "]"));
        this.messageKey = messageKey;
        this.property = property;
        this.arguments = List.of(arguments);
    }

    public DomainException(String messageKey) {
        this(messageKey, null);
    }

    /** The refusal as the violations a form shows beside its fields. */
    public List<Violation> violations() {
        return List.of(new Violation(property, messageKey, arguments));
    }

    public String messageKey() {
        return messageKey;
    }

    /** The property the refusal is about, or null when it concerns the whole command. */
    public String property() {
        return property;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
