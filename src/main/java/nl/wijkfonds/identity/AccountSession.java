package nl.wijkfonds.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * One signed-in session of an account: starts at sign-in, ends at sign-out, when the person or a password reset
 * ends it, after the idle timeout, or at the absolute lifetime, whichever comes first.
 */
@Entity
@Cacheable(false)
@Table(name = "account_session")
public class AccountSession {

    /** last_seen_at is written at most this often: not one database write per request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @Column(name = "key_hash", nullable = false, length = 64, updatable = false)
    private String keyHash;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "client_address", nullable = false, length = 45, updatable = false)
    private String clientAddress;

    @Column(name = "user_agent", nullable = false, length = 200, updatable = false)
    private String userAgent;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected AccountSession() {
    }

    AccountSession(Account account, String keyHash, Instant now, String clientAddress, String userAgent) {
        this.account = account;
        this.keyHash = keyHash;
        this.startedAt = now;
        this.lastSeenAt = now;
        this.clientAddress = clientAddress == null ? "" : clientAddress;
        this.userAgent = userAgent == null ? "" : userAgent.substring(0, Math.min(userAgent.length(), 200));
    }

    /** Still open at {@code now}: not ended, not idle too long, not past its lifetime. */
    boolean openAt(Instant now, Duration idle, Duration lifetime) {
        return endedAt == null && now.isBefore(lastSeenAt.plus(idle)) && now.isBefore(startedAt.plus(lifetime));
    }

    void seen(Instant now) {
        if (lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            lastSeenAt = now;
        }
    }

    void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    Account getAccount() {
        return account;
    }

    String getKeyHash() {
        return keyHash;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }
}
