package nl.wijkfonds.community;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person's digest: activity up to {@code coveredUntil} was told (or there was none), the day of the last
 * digest (at most one a day), and whether they stopped digests. Not cached: the job and the stop link may run on
 * different instances.
 */
@Cacheable(false)
@Entity
@Table(name = "digest_state")
public class DigestState {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "covered_until", nullable = false)
    private Instant coveredUntil;

    @Column(name = "last_sent_on")
    private LocalDate lastSentOn;

    @Column(nullable = false)
    private boolean stopped;

    protected DigestState() {
    }

    DigestState(Long accountId, Instant coveredUntil) {
        this.accountId = accountId;
        this.coveredUntil = coveredUntil;
    }

    void sent(Instant until, LocalDate on) {
        coveredUntil = until;
        lastSentOn = on;
    }

    void covered(Instant until) {
        coveredUntil = until;
    }

    void stop() {
        stopped = true;
    }

    Instant getCoveredUntil() {
        return coveredUntil;
    }

    LocalDate getLastSentOn() {
        return lastSentOn;
    }

    boolean isStopped() {
        return stopped;
    }
}
