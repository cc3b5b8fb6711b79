package nl.wijkfonds.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * Bean Validation at the service boundary, so that no caller stores what a form would refuse. Forms show the
 * field messages first; this is the safety net for every other way in.
 */
@ApplicationScoped
public class FormValidator {

    @Inject
    private Validator validator;

    /** @throws DomainException naming the first invalid field */
    public void check(Object form) {
        validator.validate(form).stream().findFirst().ifPresent(violation -> {
            throw new DomainException("validation.invalid", violation.getPropertyPath().toString());
        });
    }
}
