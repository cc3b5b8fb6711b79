package nl.wijkfonds.voting;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the ordered voting tests hand on to one another within one deployment: the codes read from the letters PDF
 * (voter reference → code), since the database holds only their hashes.
 */
final class VotingFixture {

    static final Map<String, String> CODES = new ConcurrentHashMap<>();

    private VotingFixture() {
    }

    static String code(String reference) {
        String code = CODES.get(reference);
        if (code == null) {
            throw new IllegalStateException("no code for " + reference + ": the letters test runs first");
        }
        return code;
    }
}
