package nl.wijkfonds.allocation;

import java.util.List;

/**
 * A moment where projects were exactly equal by the rule's measure and the tie-break decided.
 * {@code candidates} are the tied project ids in tie-break order; the first one won.
 */
public record Tie(int step, String phase, List<String> candidates, String chosen, String tieBreak) {

    public Tie {
        candidates = List.copyOf(candidates);
    }
}
