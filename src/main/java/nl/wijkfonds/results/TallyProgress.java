package nl.wijkfonds.results;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the running counts are, for the official's progress bar: per round, the ballots (scopes) counted so far
 * of how many. Only this instance's counts are known here; a count whose platform was restarted is no longer
 * running and may be started again.
 */
@ApplicationScoped
public class TallyProgress {

    /** A running count: {@code done} of {@code total} ballots (scopes) counted, {@code current} being counted. */
    public record Step(int done, int total, String current) {

        public int percent() {
            return total == 0 ? 0 : done * 100 / total;
        }
    }

    private final Map<Long, Step> running = new ConcurrentHashMap<>();

    void begin(long roundId, int total) {
        running.put(roundId, new Step(0, total, ""));
    }

    void counting(long roundId, int done, int total, String scope) {
        running.put(roundId, new Step(done, total, scope));
    }

    void end(long roundId) {
        running.remove(roundId);
    }

    public Optional<Step> of(long roundId) {
        return Optional.ofNullable(running.get(roundId));
    }

    /** Marks a count as running before its thread starts, so that a second start is refused at once. */
    boolean claim(long roundId) {
        return running.putIfAbsent(roundId, new Step(0, 0, "")) == null;
    }
}
