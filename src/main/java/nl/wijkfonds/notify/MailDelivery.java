package nl.wijkfonds.notify;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import nl.wijkfonds.platform.Settings;

import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, on the container's managed executor: right after a transaction that queued mail
 * commits, and every few seconds for retries and for messages another instance queued. One pass at a time per
 * instance; across instances the row lock in {@link OutboxStore#claimNext} keeps each message to one sender.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private OutboxStore store;

    @Inject
    private SmtpTransport smtp;

    private final AtomicBoolean passRunning = new AtomicBoolean();
    private final AtomicBoolean anotherPassWanted = new AtomicBoolean();
    private ScheduledFuture<?> polling;

    @PostConstruct
    void start() {
        int seconds = Settings.mailPollSeconds();
        polling = executor.scheduleWithFixedDelay(this::deliverDue, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        polling.cancel(false);
    }

    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MailQueued queued) {
        executor.execute(this::deliverDue);
    }

    /** Sends every due message; a request for a pass while one runs makes that pass go round once more. */
    void deliverDue() {
        anotherPassWanted.set(true);
        while (anotherPassWanted.getAndSet(false)) {
            if (!passRunning.compareAndSet(false, true)) {
                return;
            }
            try {
                store.abandonInterrupted();
                Optional<MailMessage> next;
                while ((next = store.claimNext()).isPresent()) {
                    send(next.get());
                }
            } catch (RuntimeException unexpected) {
                // Never let an exception end the scheduled task: the next poll tries again.
                LOG.log(Level.WARNING, "mail delivery pass failed", unexpected);
            } finally {
                passRunning.set(false);
            }
        }
    }

    private void send(MailMessage message) {
        try {
            smtp.send(message);
            store.sent(message.getId());
        } catch (AddressException unusable) {
            store.undeliverable(message.getId(), "unusable address: " + unusable.getMessage());
        } catch (MessagingException | RuntimeException failed) {
            LOG.log(Level.WARNING, "sending mail " + message.getId() + " failed (attempt " + message.getAttempts()
                    + "): " + failed.getMessage());
            store.attemptFailed(message.getId(), failed.getMessage());
        }
    }
}
