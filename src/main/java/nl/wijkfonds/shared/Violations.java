package nl.wijkfonds.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a command while an entity checks it, so that all problems are reported together.
 * Entities check everything first and change nothing until {@link #throwIfAny()} has passed.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String property, String messageKey, Object... arguments) {
        found.add(new Violation(property, messageKey, List.of(arguments)));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public boolean concerns(String property) {
        return found.stream().anyMatch(v -> property.equals(v.property()));
    }

    /** @throws InvalidInput with every violation found */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(List.copyOf(found));
        }
    }
}
