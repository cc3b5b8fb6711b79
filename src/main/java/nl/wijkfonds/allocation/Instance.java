package nl.wijkfonds.allocation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is being decided: the projects on the ballot and the budget limit. Amounts are whole numbers of
 * the instance's smallest unit: with {@code decimals} 0 whole currency units, with 2 cents (the platform
 * passes euro cents with decimals 2), with 3 a pabulib file's thousandths. Every rule gives the same
 * outcome whatever the unit (money only appears in ratios and comparisons), except iterated MES, whose
 * step is one whole currency unit, {@link #currencyUnit()}. The ballots are not part of an instance;
 * they form the {@link Profile}. Project ids are unique, and the project order is the order of the
 * source (it never influences an outcome: ties are broken by a {@link TieBreak}).
 */
public final class Instance {

    private final List<Project> projects;
    private final long budget;
    private final int decimals;
    private final Map<String, String> meta;
    private final Map<String, Integer> indexById = new HashMap<>();

    /** Amounts in 10^-decimals currency units; at most 18 decimals, so that one currency unit fits a long. */
    public Instance(List<Project> projects, long budget, int decimals, Map<String, String> meta) {
        if (budget < 0) {
            throw new IllegalArgumentException("the budget limit cannot be negative: " + budget);
        }
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("amounts can have 0 to " + MAX_DECIMALS + " decimals, not " + decimals);
        }
        this.projects = List.copyOf(projects);
        this.budget = budget;
        this.decimals = decimals;
        this.meta = meta == null ? Map.of() : new LinkedHashMap<>(meta);
        for (int i = 0; i < this.projects.size(); i++) {
            if (indexById.put(this.projects.get(i).id(), i) != null) {
                throw new IllegalArgumentException("project id " + this.projects.get(i).id() + " appears twice");
            }
        }
    }

    /** Amounts in whole currency units. */
    public Instance(List<Project> projects, long budget, Map<String, String> meta) {
        this(projects, budget, 0, meta);
    }

    /** Amounts in whole currency units. */
    public Instance(List<Project> projects, long budget) {
        this(projects, budget, 0, Map.of());
    }

    /** The most decimals an amount can have: 10^18 is the largest power of ten in a long. */
    public static final int MAX_DECIMALS = 18;

    public List<Project> projects() {
        return projects;
    }

    public long budget() {
        return budget;
    }

    /** How many decimals the amounts have: they count 10^-decimals currency units. */
    public int decimals() {
        return decimals;
    }

    /** One whole currency unit in the instance's amounts: 10^decimals. */
    public long currencyUnit() {
        long unit = 1;
        for (int i = 0; i < decimals; i++) {
            unit *= 10;
        }
        return unit;
    }

    /** An amount of this instance in whole currency units, exactly: 2140 with 2 decimals is 107/5 (21.40). */
    public Fraction inCurrency(long amount) {
        return Fraction.of(amount, currencyUnit());
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
