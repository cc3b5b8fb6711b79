package nl.wijkfonds.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.shared.DomainException;

import java.time.Clock;
import java.time.Instant;

/** Issues and redeems one-time tokens; redeeming locks the row, so a token works once even when sent twice at once. */
@Stateless
public class AccountTokens {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Stores a new token's hash and returns the raw token to hand over. */
    public String issue(Account account, TokenPurpose purpose) {
        AccountToken.Issued issued = AccountToken.issue(account, purpose, Instant.now(clock));
        em.persist(issued.token());
        return issued.raw();
    }

    /**
     * The account of a usable token, without using it up (for a page that shows a form before the token is
     * redeemed).
     *
     * @throws DomainException {@code token.invalid} for an unknown, altered, used or expired token
     */
    public Account peek(String raw, TokenPurpose purpose) {
        return usable(raw, purpose, LockModeType.NONE).getAccount();
    }

    /** Uses the token up and returns its account. */
    public Account redeem(String raw, TokenPurpose purpose) {
        AccountToken token = usable(raw, purpose, LockModeType.PESSIMISTIC_WRITE);
        token.use(Instant.now(clock));
        return token.getAccount();
    }

    /** Uses up every open token of this purpose, e.g. older reset links once the password changed. */
    public void revokeAll(Account account, TokenPurpose purpose) {
        em.createQuery("update AccountToken t set t.usedAt = :now where t.account = :account "
                        + "and t.purpose = :purpose and t.usedAt is null")
                .setParameter("now", Instant.now(clock))
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }

    private AccountToken usable(String raw, TokenPurpose purpose, LockModeType lock) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            throw new DomainException("token.invalid");
        }
        return em.createQuery("select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose",
                        AccountToken.class)
                .setParameter("hash", Secrets.sha256(raw))
                .setParameter("purpose", purpose)
                .setLockMode(lock)
                .getResultStream()
                .filter(t -> t.usableAt(Instant.now(clock)))
                .findFirst()
                .orElseThrow(() -> new DomainException("token.invalid"));
    }
}
