package nl.wijkfonds.allocation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is being decided: the projects on the ballot and the budget limit, in whole currency units.
 * The ballots are not part of an instance; they form the {@link Profile}. Project ids are unique, and the
 * project order is the order of the source (it never influences an outcome: ties are broken by a
 * {@link TieBreak}).
 */
public final class Instance {

    private final List<Project> projects;
    private final long budget;
    private final Map<String, String> meta;
    private final Map<String, Integer> indexById = new HashMap<>();

    public Instance(List<Project> projects, long budget, Map<String, String> meta) {
        if (budget < 0) {
            throw new IllegalArgumentException("the budget limit cannot be negative: " + budget);
        }
        this.projects = List.copyOf(projects);
        this.budget = budget;
        this.meta = meta == null ? Map.of() : new LinkedHashMap<>(meta);
        for (int i = 0; i < this.projects.size(); i++) {
            if (indexById.put(this.projects.get(i).id(), i) != null) {
                throw new IllegalArgumentException("project id " + this.projects.get(i).id() + " appears twice");
            }
        }
    }

    public Instance(List<Project> projects, long budget) {
        this(projects, budget, Map.of());
    }

    public List<Project> projects() {
        return projects;
    }

    public long budget() {
        return budget;
    }

    /** Free-form descriptive data (the pabulib META section); never read by a rule. */
    public Map<String, String> meta() {
        return java.util.Collections.unmodifiableMap(meta);
    }

    public int size() {
        return projects.size();
    }

    public Project project(int index) {
        return projects.get(index);
    }

    /** Index of the project with this id, or -1. */
    public int indexOf(String projectId) {
        Integer i = indexById.get(projectId);
        return i == null ? -1 : i;
    }

    public boolean contains(String projectId) {
        return indexById.containsKey(projectId);
    }

    public static long totalCost(Collection<Project> chosen) {
        long sum = 0;
        for (Project p : chosen) {
            sum = Math.addExact(sum, p.cost());
        }
        return sum;
    }
}
