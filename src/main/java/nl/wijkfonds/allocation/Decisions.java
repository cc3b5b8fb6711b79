package nl.wijkfonds.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The notebook a rule writes in while it runs: which project was chosen at which step and why, why the
 * others were not, and which ties were broken. Turns into an {@link Outcome} at the end.
 */
final class Decisions {

    private final Instance instance;
    private final boolean[] chosen;
    private final int[] step;
    private final String[] phase;
    private final List<Supplier<Reason>> reason = new ArrayList<>();
    private final List<Integer> order = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long cost;

    Decisions(Instance instance) {
        this.instance = instance;
        int n = instance.size();
        chosen = new boolean[n];
        step = new int[n];
        phase = new String[n];
        Reason notConsidered = new Reason.NotConsidered();
        for (int i = 0; i < n; i++) {
            phase[i] = "";
            reason.add(() -> notConsidered);
        }
    }

    /** Records a choice whose reason is only worked out when someone reads it. */
    void choose(int p, String phaseName, Supplier<Reason> why) {
        if (chosen[p]) {
            throw new IllegalStateException("project " + instance.project(p).id() + " chosen twice");
        }
        chosen[p] = true;
        order.add(p);
        step[p] = order.size();
        cost += instance.project(p).cost();
        phase[p] = phaseName;
        reason.set(p, why);
    }

    /** Records why a project was passed over; a later rejection (for example by a completion) replaces it. */
    void reject(int p, String phaseName, Supplier<Reason> why) {
        if (!chosen[p]) {
            phase[p] = phaseName;
            reason.set(p, why);
        }
    }

    /** An amount of the instance in currency units, for a reason. */
    Fraction money(long amount) {
        return instance.inCurrency(amount);
    }

    int chosenCount() {
        return order.size();
    }

    void tie(String phaseName, List<Integer> candidatesInTieBreakOrder, String tieBreak) {
        List<String> ids = candidatesInTieBreakOrder.stream().map(i -> instance.project(i).id()).toList();
        ties.add(new Tie(order.size() + 1, phaseName, ids, ids.get(0), tieBreak));
    }

    void note(String text) {
        notes.add(text);
    }

    boolean isChosen(int p) {
        return chosen[p];
    }

    long cost() {
        return cost;
    }

    long budgetLeft() {
        return instance.budget() - cost;
    }

    Outcome outcome(String rule, String tieBreak) {
        List<Project> selected = order.stream().map(instance::project).toList();
        List<Explanation> explanations = new ArrayList<>();
        for (int p = 0; p < instance.size(); p++) {
            explanations.add(new Explanation(instance.project(p), chosen[p], step[p], phase[p], reason.get(p)));
        }
        return new Outcome(rule, tieBreak, instance.budget(), instance.decimals(), selected, cost, explanations, ties, notes);
    }

    /**
     * Ordered name/value pairs for an explanation: {@code figures("supporters", 12, "cost", 500)}. A
     * fraction is written exactly, followed by a rounded decimal: {@code 707500/3067 (about 230.68)}.
     */
    static Map<String, String> figures(Object... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            String text = String.valueOf(value);
            if (value instanceof Fraction f && text.contains("/")) {
                // exact value first, rounded for people (more places for small values such as 1/139)
                boolean small = f.numerator().abs().compareTo(f.denominator()) < 0;
                text = text + " (about " + f.toDecimal(small ? 6 : 2) + ")";
            }
            map.put((String) namesAndValues[i], text);
        }
        return map;
    }
}
