package nl.wijkfonds.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One state change that matters, as auditors read it: who did what to which subject, when, and the subject's state
 * before and after (as JSON). Immutable in code and append-only in the database (triggers refuse updates and
 * deletes). Never served from the shared cache: the chain check must see what the database holds.
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

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
               String beforeState, String afterState, String previousHash) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.previousHash = previousHash;
        this.hash = HashChain.hashOf(this);
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
}
