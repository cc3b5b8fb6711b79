package nl.wijkfonds.allocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Why one project was or was not chosen, in words and in numbers, for the results page and the recount
 * tool. {@code step} is the project's place in the order of selection (1 = first), 0 when not chosen;
 * {@code phase} names the part of the rule that decided ("equal-shares", "greedy", "completion",
 * "phragmen"); {@code figures} holds the numbers behind the decision as exact values (fractions as
 * {@code a/b}, followed by a rounded decimal), in a fixed order, so a renderer needs no knowledge of the
 * rule. The words and numbers are written out when first asked for: a rule run whose explanation
 * nobody reads does not pay for formatting exact fractions.
 */
public final class Explanation {

    private final Project project;
    private final boolean chosen;
    private final int step;
    private final String phase;
    private Supplier<String> reasonSource;
    private Supplier<Map<String, String>> figuresSource;
    private String reason;
    private Map<String, String> figures;

    Explanation(Project project, boolean chosen, int step, String phase, Supplier<String> reason,
                Supplier<Map<String, String>> figures) {
        this.project = project;
        this.chosen = chosen;
        this.step = step;
        this.phase = phase;
        this.reasonSource = reason;
        this.figuresSource = figures;
    }

    public Explanation(Project project, boolean chosen, int step, String phase, String reason,
                       Map<String, String> figures) {
        this(project, chosen, step, phase, () -> reason, () -> figures);
    }

    public Project project() {
        return project;
    }

    public boolean chosen() {
        return chosen;
    }

    public int step() {
        return step;
    }

    public String phase() {
        return phase;
    }

    public synchronized String reason() {
        if (reason == null) {
            reason = reasonSource.get();
            reasonSource = null;
        }
        return reason;
    }

    public synchronized Map<String, String> figures() {
        if (figures == null) {
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figuresSource.get()));
            figuresSource = null;
        }
        return figures;
    }

    @Override
    public String toString() {
        return "Explanation[" + project.id() + (chosen ? " chosen at step " + step : " not chosen") + " (" + phase
                + "): " + reason() + " " + figures() + "]";
    }
}
