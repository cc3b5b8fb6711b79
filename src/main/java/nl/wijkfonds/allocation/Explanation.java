package nl.wijkfonds.allocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Why one project was or was not chosen, for the results page and the recount tool. {@code step} is the
 * project's place in the order of selection (1 = first), 0 when not chosen; {@code phase} names the part
 * of the rule that decided ("equal-shares", "greedy", "completion", "phragmen"); {@link #reason()} is the
 * reason as data with its exact figures, which {@link ExplanationText} puts into Dutch or English words.
 * The reason is only worked out when first asked for: a rule run whose explanation nobody reads does not
 * pay for the exact fractions behind it.
 */
public final class Explanation {

    private final Project project;
    private final boolean chosen;
    private final int step;
    private final String phase;
    private Supplier<Reason> reasonSource;
    private Reason reason;
    private Map<String, String> figures;

    Explanation(Project project, boolean chosen, int step, String phase, Supplier<Reason> reason) {
        this.project = project;
        this.chosen = chosen;
        this.step = step;
        this.phase = phase;
        this.reasonSource = reason;
    }

    public Explanation(Project project, boolean chosen, int step, String phase, Reason reason) {
        this(project, chosen, step, phase, () -> reason);
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

    public synchronized Reason reason() {
        if (reason == null) {
            reason = reasonSource.get();
            reasonSource = null;
        }
        return reason;
    }

    /** The figures of the reason, by name (see {@link Reason#figures()}). */
    public synchronized Map<String, String> figures() {
        if (figures == null) {
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(reason().figures()));
        }
        return figures;
    }

    @Override
    public String toString() {
        return "Explanation[" + project.id() + (chosen ? " chosen at step " + step : " not chosen") + " (" + phase
                + "): " + reason().code() + " " + figures() + "]";
    }
}
