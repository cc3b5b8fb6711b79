package nl.wijkfonds.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.platform.Settings;
import nl.wijkfonds.shared.DomainException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in sessions of every account, in the database so that each instance knows when one has ended.
 * The HTTP session holds a random key; {@link nl.wijkfonds.identity.web.SessionGuard} checks it on each request.
 */
@Stateless
@PermitAll
public class SessionRegistry {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ClientAddress clientAddress;

    /** Starts a session for the account that just signed in; returns the key for the HTTP session. */
    public String start(String publicId, String userAgent) {
        Account account = account(publicId);
        String key = Secrets.token();
        em.persist(new AccountSession(account, Secrets.sha256(key), Instant.now(clock), clientAddress.get(),
                userAgent));
        return key;
    }

    /** Whether the session with this key is still open; notes that it was seen. */
    public boolean stillOpen(String key) {
        Instant now = Instant.now(clock);
        return find(key).filter(s -> s.openAt(now, idle(), lifetime()) && s.getAccount().isEnabled())
                .map(s -> {
                    s.seen(now);
                    return true;
                }).orElse(false);
    }

    public void end(String key) {
        find(key).ifPresent(s -> s.end(Instant.now(clock)));
    }

    /** The account's open sessions, newest first. */
    public List<AccountSession> open(String publicId) {
        Instant now = Instant.now(clock);
        return em.createQuery("select s from AccountSession s where s.account.publicId = :account "
                        + "and s.endedAt is null order by s.startedAt desc", AccountSession.class)
                .setParameter("account", publicId)
                .getResultList().stream()
                .filter(s -> s.openAt(now, idle(), lifetime()))
                .toList();
    }

    /** Ends one of the person's own sessions, by id. */
    public void endOwn(String publicId, long sessionId) {
        AccountSession session = em.find(AccountSession.class, sessionId);
        if (session == null || !session.getAccount().getPublicId().equals(publicId)) {
            throw new DomainException("sessions.notYours");
        }
        session.end(Instant.now(clock));
    }

    /** Ends every open session of the account except the one with {@code keepKey} (null: all). */
    public int endAll(Account account, String keepKey) {
        String keep = keepKey == null ? "" : Secrets.sha256(keepKey);
        List<AccountSession> open = em.createQuery("select s from AccountSession s where s.account = :account "
                        + "and s.endedAt is null and s.keyHash <> :keep", AccountSession.class)
                .setParameter("account", account)
                .setParameter("keep", keep)
                .getResultList();
        Instant now = Instant.now(clock);
        open.forEach(s -> s.end(now));
        return open.size();
    }

    /** Whether the key belongs to this session row (to mark "this session" in a list). */
    public boolean isKeyOf(AccountSession session, String key) {
        return key != null && session.getKeyHash().equals(Secrets.sha256(key));
    }

    private Optional<AccountSession> find(String key) {
        return em.createQuery("select s from AccountSession s where s.keyHash = :hash", AccountSession.class)
                .setParameter("hash", Secrets.sha256(key))
                .getResultStream().findFirst();
    }

    private Account account(String publicId) {
        return em.createQuery("select a from Account a where a.publicId = :id", Account.class)
                .setParameter("id", publicId)
                .getSingleResult();
    }

    private static Duration idle() {
        return Duration.ofMinutes(Settings.sessionIdleMinutes());
    }

    private static Duration lifetime() {
        return Duration.ofHours(Settings.sessionMaxHours());
    }
}
