package nl.wijkfonds.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.shared.DomainException;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counters of failed or repeated tries in the database, so that every instance sees the same count. A throttled
 * try is refused at once with "try again in N seconds": no thread sleeps. Each method commits on its own, so a
 * count survives the refusal that follows it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Throttle {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** @throws DomainException {@code throttle.wait} with the seconds to wait, while the subject must wait */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void check(ThrottleRule rule, String subject) {
        checkWaitEnds((Timestamp) em.createNativeQuery("select " + waitEndsQuery(1))
                .setParameter(1, key(rule, subject)).getSingleResult(), clock);
    }

    /**
     * A scalar subquery for when the wait for a number of subjects ends (null: no wait), for a caller that reads it
     * in one query with what it reads anyway (casting a vote reads it with the code); its parameters are
     * {@link #keys}, in order, and {@link #checkWaitEnds} judges its answer. Read outside a transaction, as a voter's
     * cast reads it, it sees every count committed so far; an older snapshot could miss the count of a try made at
     * the same moment (say, the one that held the account's lock just before).
     */
    public static String waitEndsQuery(int subjects) {
        return subjects == 0 ? "null" : "(select max(blocked_until) from throttle where throttle_key in ("
                + String.join(", ", Collections.nCopies(subjects, "?")) + "))";
    }

    /** The stored keys of the subjects, as {@link #waitEndsQuery} reads them. */
    public static List<String> keys(Map<ThrottleRule, String> subjects) {
        return subjects.entrySet().stream().map(subject -> key(subject.getKey(), subject.getValue())).toList();
    }

    /** @throws DomainException {@code throttle.wait} with the seconds to wait, while the wait has not ended */
    public static void checkWaitEnds(Timestamp waitEnds, Clock clock) {
        Instant now = Instant.now(clock);
        if (waitEnds != null && waitEnds.toInstant().isAfter(now)) {
            throw waitRefusal(Duration.between(now, waitEnds.toInstant()));
        }
    }

    /** Counts one try; from the rule's free count on, the next try must wait. */
    public void count(ThrottleRule rule, String subject) {
        String key = key(rule, subject);
        Instant now = Instant.now(clock);
        // "On duplicate key update" locks an existing row exclusively at once; "insert ignore" took a shared lock,
        // and two tries at the same moment then deadlocked on the "for update" below (a 500 instead of a refusal).
        em.createNativeQuery("insert into throttle (throttle_key, failures, last_failure_at) values (?, 0, ?)"
                        + " on duplicate key update failures = failures")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("select failures, last_failure_at from throttle "
                        + "where throttle_key = ? for update")
                .setParameter(1, key)
                .getSingleResult();
        int failures = ((Number) row[0]).intValue();
        Instant last = ((Timestamp) row[1]).toInstant();
        if (last.plus(rule.forgetAfter()).isBefore(now)) {
            failures = 0;
        }
        failures++;
        Duration wait = rule.waitAfter(failures);
        em.createNativeQuery("update throttle set failures = ?, last_failure_at = ?, blocked_until = ? "
                        + "where throttle_key = ?")
                .setParameter(1, failures)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, wait.isZero() ? null : Timestamp.from(now.plus(wait)))
                .setParameter(4, key)
                .executeUpdate();
    }

    /** Forgets the count, e.g. after a successful sign-in. */
    public void clear(ThrottleRule rule, String subject) {
        em.createNativeQuery("delete from throttle where throttle_key = ?")
                .setParameter(1, key(rule, subject))
                .executeUpdate();
    }

    /** The stored key: the rule and a hash of the subject, so the table holds no e-mail or client address. */
    static String key(ThrottleRule rule, String subject) {
        return Secrets.sha256(rule.name() + ":" + subject.toLowerCase(Locale.ROOT));
    }

    private static DomainException waitRefusal(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 120
                ? new DomainException("throttle.waitSeconds", null, seconds)
                : new DomainException("throttle.waitMinutes", null, (seconds + 59) / 60);
    }
}
