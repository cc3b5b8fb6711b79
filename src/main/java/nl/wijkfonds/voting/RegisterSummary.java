package nl.wijkfonds.voting;

import java.io.Serializable;
import java.util.Map;

/** A round's register in numbers: voters, those old enough to vote, codes issued, codes used. */
public record RegisterSummary(int voters, int eligible, int codes, int used) implements Serializable {

    /** The numbers as the audit log records them. */
    Map<String, Integer> counts() {
        return Map.of("voters", voters, "eligible", eligible, "codes", codes);
    }
}
