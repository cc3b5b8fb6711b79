package nl.wijkfonds.notify;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The one way to send e-mail. {@link #enqueue} writes the message in the caller's transaction: it leaves only if
 * the change that caused it is committed, and it is sent shortly after that commit (or by the next poll).
 */
@Stateless
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    /**
     * Queues {@code template} (see {@link MailTemplates}) in the recipient's language with these values.
     * Must run inside the transaction of the change that causes the message.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String recipient, String template, Locale locale, Map<String, String> values) {
        MailTemplates.Rendered content = MailTemplates.render(template, locale, values);
        String language = locale == null ? "nl" : locale.getLanguage();
        em.persist(new MailMessage(recipient, template, language, content, Instant.now(clock)));
        queued.fire(new MailQueued());
    }

    /** Fired when a message is queued; delivery observes it once the transaction has committed. */
    public record MailQueued() {
    }

    /** Deletes every message to this address, sent or not: after an erasure the outbox keeps no trace of it. */
    public void forget(String recipient) {
        em.createQuery("delete from MailMessage m where m.recipient = :recipient")
                .setParameter("recipient", recipient).executeUpdate();
    }
}
