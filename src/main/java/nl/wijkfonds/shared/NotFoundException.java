package nl.wijkfonds.shared;

/** What was asked for does not exist, or the caller may not know that it does: the web layer answers 404. */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey) {
        super(messageKey);
    }
}
