package nl.wijkfonds.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The latest comparison of each round's stored ballots with the ballot files its result counted. A comparison writes
 * every file again: about a second of CPU for 100,000 ballots, far too much for every view of the public result page
 * on the evening it is published. So a comparison is reused for {@link #FRESH}, and while one runs, other views get
 * the one before instead of starting their own. A changed ballot shows on the page within that time.
 */
@ApplicationScoped
public class BallotFileChecks {

    static final Duration FRESH = Duration.ofSeconds(10);

    @Inject
    private Clock clock;

    private final Map<Long, Check> latest = new ConcurrentHashMap<>();
    private final Map<Long, ReentrantLock> comparing = new ConcurrentHashMap<>();

    private record Check(List<String> changed, Instant at) {
    }

    /** The names of the round's changed ballot files, from a comparison at most {@link #FRESH} old if there is one. */
    List<String> changed(long roundId, Supplier<List<String>> compare) {
        Check known = latest.get(roundId);
        if (isFresh(known)) {
            return known.changed();
        }
        ReentrantLock lock = comparing.computeIfAbsent(roundId, id -> new ReentrantLock());
        if (known != null && !lock.tryLock()) {
            return known.changed();
        }
        if (known == null) {
            lock.lock();
        }
        try {
            Check meanwhile = latest.get(roundId);
            if (isFresh(meanwhile)) {
                return meanwhile.changed();
            }
            Check check = new Check(List.copyOf(compare.get()), Instant.now(clock));
            latest.put(roundId, check);
            return check.changed();
        } finally {
            lock.unlock();
        }
    }

    private boolean isFresh(Check check) {
        return check != null && check.at().plus(FRESH).isAfter(Instant.now(clock));
    }
}
