package nl.wijkfonds.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A one-time token of one account: made with {@link #issue}, which returns the raw token to send or hand over,
 * while only its SHA-256 is stored; valid until it expires or is used, whichever comes first.
 */
@Entity
@Cacheable(false)
@Table(name = "account_token")
public class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    private AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** A new token and the raw value that goes to the person (never stored). */
    static Issued issue(Account account, TokenPurpose purpose, Instant now) {
        String raw = Secrets.token();
        return new Issued(new AccountToken(account, purpose, Secrets.sha256(raw), now), raw);
    }

    record Issued(AccountToken token, String raw) {
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    Account getAccount() {
        return account;
    }

    TokenPurpose getPurpose() {
        return purpose;
    }
}
