package nl.wijkfonds.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bean Validation of commands at the service boundary: the one place where the rules written as constraints on a
 * command are checked. Forms show the result beside their fields; every other way in meets the same rules.
 */
@ApplicationScoped
public class Validation {

    /** Constraint attributes that are not message arguments. */
    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

    @Inject
    private Validator validator;

    /** @throws InvalidInput naming every property that breaks a constraint of the given groups (default: Default) */
    public void check(Object command, Class<?>... groups) {
        List<Violation> found = violations(command, groups);
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }

    /** Every constraint the command breaks, as violations with message keys and named arguments. */
    public List<Violation> violations(Object command, Class<?>... groups) {
        return validator.validate(command, groups).stream().map(Validation::toViolation).toList();
    }

    private static Violation toViolation(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : "validation.invalid";
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        List<Object> arguments = attributes.entrySet().stream()
                .filter(a -> !NOT_ARGUMENTS.contains(a.getKey()))
                .filter(a -> a.getValue() instanceof Number || a.getValue() instanceof String)
                .<Object>map(a -> new Violation.Argument(a.getKey(), a.getValue()))
                .toList();
        return new Violation(violation.getPropertyPath().toString(), key, arguments);
    }
}
