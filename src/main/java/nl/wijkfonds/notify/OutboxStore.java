package nl.wijkfonds.notify;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's state changes, each in its own short transaction so that no lock is held while the SMTP server
 * is talked to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** A message still SENDING after this long lost its sender (the instance stopped mid-send). */
    static final Duration LEASE = Duration.ofMinutes(10);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Claims the oldest due message. {@code FOR UPDATE SKIP LOCKED} lets several instances claim side by side
     * without ever taking the same row.
     */
    public Optional<MailMessage> claimNext() {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<Long> due = em.createNativeQuery("select id from mail_message where status = 'PENDING' "
                        + "and next_attempt_at <= ? order by next_attempt_at, id limit 1 for update skip locked")
                .setParameter(1, java.sql.Timestamp.from(now))
                .getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        MailMessage message = em.find(MailMessage.class, ((Number) due.get(0)).longValue());
        message.claim(now);
        return Optional.of(message);
    }

    public void sent(long id) {
        em.find(MailMessage.class, id).sent(Instant.now(clock));
    }

    public void attemptFailed(long id, String error) {
        em.find(MailMessage.class, id).attemptFailed(Instant.now(clock), error);
    }

    public void undeliverable(long id, String error) {
        em.find(MailMessage.class, id).undeliverable(error);
    }

    /** Gives up messages whose sender died while sending them. */
    public int abandonInterrupted() {
        List<MailMessage> stale = em.createQuery("select m from MailMessage m where m.status = :sending "
                        + "and m.claimedAt < :before", MailMessage.class)
                .setParameter("sending", MailMessage.Status.SENDING)
                .setParameter("before", Instant.now(clock).minus(LEASE))
                .getResultList();
        stale.forEach(MailMessage::interrupted);
        return stale.size();
    }
}
