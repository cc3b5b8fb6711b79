package nl.wijkfonds.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of the security log: what happened, to which account (public id), by whom (public id, when someone
 * acted on another's account) and from which client address. Never a password, token or e-mail address.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private SecurityEventKind kind;

    @Column(name = "account_public_id", length = 32, updatable = false)
    private String accountPublicId;

    @Column(name = "actor_public_id", length = 32, updatable = false)
    private String actorPublicId;

    @Column(name = "client_address", length = 45, updatable = false)
    private String clientAddress;

    @Column(length = 400, updatable = false)
    private String detail;

    protected SecurityEvent() {
    }

    SecurityEvent(Instant occurredAt, SecurityEventKind kind, String accountPublicId, String actorPublicId,
                  String clientAddress, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.accountPublicId = accountPublicId;
        this.actorPublicId = actorPublicId;
        this.clientAddress = clientAddress;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getAccountPublicId() {
        return accountPublicId;
    }

    public String getActorPublicId() {
        return actorPublicId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
