package nl.wijkfonds.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkfonds.audit.chain.ChainedEvent;
import nl.wijkfonds.audit.chain.HashChain;

import java.time.Instant;

/**
 * One state change that matters, as auditors read it: who did what to which subject, when, and the subject's state
 * before and after (as JSON). Immutable in code and append-only in the database (the application's account may
 * only insert and read; triggers refuse updates and deletes). Chained by {@link HashChain} and keyed with the
 * trail key. Never served from the shared cache: the chain check must see what the database holds.
 */
@Entity
@Table(name = "audit_event")
@Cacheable(false)
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Column(name = "after_state", updatable = false)
    private String afterState;

    @Column(name = "previous_hash", updatable = false)
    private String previousHash;

    @Column(updatable = false)
    private String hash;

    @Column(updatable = false)
    private String mac;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
               String beforeState, String afterState, String previousHash, TrailKey key) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.previousHash = previousHash;
        this.hash = HashChain.hashOf(previousHash, occurredAt.toString(), actor, action, subjectType, subjectId,
                beforeState, afterState);
        this.mac = key.eventMac(hash);
    }

    /** The event as the chain check reads it. */
    public ChainedEvent chained() {
        return new ChainedEvent(id, occurredAt.toString(), actor, action, subjectType, subjectId, beforeState,
                afterState, previousHash, hash, mac);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    /** The hash of the event before this one in the chain (64 zeros for the first). */
    public String getPreviousHash() {
        return previousHash;
    }

    /** SHA-256 of this event's content and {@link #getPreviousHash()}, see {@link HashChain}. */
    public String getHash() {
        return hash;
    }

    /** HMAC of {@link #getHash()} with the trail key (null for events from before the key). */
    public String getMac() {
        return mac;
    }
}
