package nl.wijkfonds.shared;

import java.util.Comparator;
import java.util.List;

/**
 * Several things wrong at once, so that a form can show every problem in one go instead of one per attempt. Thrown
 * by {@link Validation} and by entities that check a whole command before they apply it.
 */
public class InvalidInput extends DomainException {

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.get(0).messageKey(), violations.get(0).property());
        this.violations = violations.stream()
                .sorted(Comparator.comparing(v -> v.property() == null ? "" : v.property()))
                .toList();
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return violations.toString();
    }
}
