package nl.wijkfonds.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ballots and rules of rounds that are voting, as casting reads them thousands of times a minute: kept for a few
 * seconds. Both are frozen once voting opens (see docs/voting.md), so a short life only matters for the moment of
 * opening, when nobody can vote yet anyway.
 */
@ApplicationScoped
public class OpenBallots {

    private static final Duration FRESH = Duration.ofSeconds(5);

    @Inject
    private BallotBox ballotBox;

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(List<BallotScope> scopes, VotingRules rules, Instant until) {
    }

    public List<BallotScope> scopes(long roundId) {
        return entry(roundId).scopes();
    }

    public VotingRules rules(long roundId) {
        return entry(roundId).rules();
    }

    private Entry entry(long roundId) {
        Entry entry = entries.get(roundId);
        if (entry == null || entry.until().isBefore(Instant.now())) {
            entry = new Entry(ballotBox.scopes(roundId), ballotBox.rules(roundId), Instant.now().plus(FRESH));
            entries.put(roundId, entry);
        }
        return entry;
    }
}
