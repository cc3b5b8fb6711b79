package nl.wijkfonds.shared;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A rule of the domain said no. Carries a message key from the {@code messages} bundles (so the web layer can tell
 * the person in their own language) and, where the refusal is about one form field, that field's name.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final List<Object> arguments;

    public DomainException(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public DomainException(String messageKey) {
        this(messageKey, null);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the refusal is about, or null when it concerns the whole form. */
    public String field() {
        return field;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
