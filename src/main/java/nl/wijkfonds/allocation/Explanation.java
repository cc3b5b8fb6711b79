package nl.wijkfonds.allocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why one project was or was not chosen, in words and in numbers, for the results page and the recount
 * tool. {@code step} is the project's place in the order of selection (1 = first), 0 when not chosen;
 * {@code phase} names the part of the rule that decided ("equal-shares", "greedy", "completion",
 * "phragmen"); {@code figures} holds the numbers behind the decision as exact values (fractions as
 * {@code a/b}), in a fixed order, so a renderer needs no knowledge of the rule.
 */
public record Explanation(Project project, boolean chosen, int step, String phase, String reason,
                          Map<String, String> figures) {

    public Explanation {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
