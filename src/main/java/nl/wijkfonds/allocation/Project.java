package nl.wijkfonds.allocation;

import java.util.Objects;
import java.util.Set;

/**
 * A project residents can vote for: an id (compared as a string, the way the reference library and the
 * pabulib files do), a cost in whole currency units (the platform passes euro cents), and descriptive data
 * that no rule looks at: a name, themes/categories, target groups and the neighbourhood it serves.
 */
public record Project(String id, long cost, String name, Set<String> categories, Set<String> targets,
                      String neighbourhood) {

    public Project {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a project needs an id");
        }
        if (cost < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost: " + cost);
        }
        name = name == null ? "" : name;
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        targets = targets == null ? Set.of() : Set.copyOf(targets);
        neighbourhood = neighbourhood == null ? "" : neighbourhood;
    }

    public static Project of(String id, long cost) {
        return new Project(id, cost, "", Set.of(), Set.of(), "");
    }
}
