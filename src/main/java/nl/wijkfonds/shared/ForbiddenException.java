package nl.wijkfonds.shared;

/** The caller is known but may not do this (someone else's plan, a role they lack): the web layer answers 403. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String messageKey) {
        super(messageKey);
    }
}
