package nl.wijkfonds.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.wijkfonds.audit.chain.HeadStatement;
import nl.wijkfonds.audit.chain.SignedHead;

import java.time.Instant;

/**
 * The audit trail's head as the platform signed it at a moment (a phase change, the daily signing, an export):
 * the exact statement text and its Ed25519 signature, plus the statement's numbers as columns for listing.
 * Append-only like the trail, and published to everyone.
 */
@Entity
@Table(name = "audit_signed_head")
@Cacheable(false)
public class HeadSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(nullable = false, updatable = false)
    private String occasion;

    @Column(name = "event_count", nullable = false, updatable = false)
    private long eventCount;

    @Column(name = "last_event_id", nullable = false, updatable = false)
    private long lastEventId;

    @Column(name = "last_hash", nullable = false, updatable = false)
    private String lastHash;

    @Column(nullable = false, updatable = false)
    private String statement;

    @Column(nullable = false, updatable = false)
    private String signature;

    @Column(name = "key_fingerprint", nullable = false, updatable = false)
    private String keyFingerprint;

    protected HeadSignature() {
    }

    HeadSignature(HeadStatement statement, String signature, String keyFingerprint) {
        this.signedAt = Instant.parse(statement.signedAt());
        this.occasion = statement.occasion();
        this.eventCount = statement.events();
        this.lastEventId = statement.lastEventId();
        this.lastHash = statement.lastHash();
        this.statement = statement.text();
        this.signature = signature;
        this.keyFingerprint = keyFingerprint;
    }

    public SignedHead signed() {
        return new SignedHead(statement, signature);
    }

    public Long getId() {
        return id;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    /** Why it was signed: {@code daily}, {@code export} or a phase change such as {@code round 3: VOTING}. */
    public String getOccasion() {
        return occasion;
    }

    public long getEventCount() {
        return eventCount;
    }

    public long getLastEventId() {
        return lastEventId;
    }

    public String getLastHash() {
        return lastHash;
    }

    public String getStatement() {
        return statement;
    }

    public String getSignature() {
        return signature;
    }

    public String getKeyFingerprint() {
        return keyFingerprint;
    }
}
