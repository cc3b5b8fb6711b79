package nl.wijkfonds.notify;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail in the outbox. Life cycle: written {@code PENDING} in the transaction of the change that causes it;
 * claimed ({@code SENDING}) by exactly one sender under a row lock; then {@code SENT}, or back to {@code PENDING}
 * with a growing wait after a failed attempt, or {@code FAILED} after the last attempt. A message whose sender died
 * while it was {@code SENDING} is never tried again: the server may already have taken it, and nobody gets a
 * message twice. Once sent, the bodies are erased, since they may hold one-time links.
 */
@Entity
@Cacheable(false)
@Table(name = "mail_message")
public class MailMessage {

    /** Attempts before a message is given up. With the back-off below, the last one is about four hours in. */
    static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    public enum Status { PENDING, SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 60, updatable = false)
    private String template;

    @Column(nullable = false, length = 8, updatable = false)
    private String language;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected MailMessage() {
    }

    MailMessage(String recipient, String template, String language, MailTemplates.Rendered content, Instant now) {
        this.recipient = recipient;
        this.template = template;
        this.language = language;
        this.subject = content.subject();
        this.textBody = content.text();
        this.htmlBody = content.html();
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Taken by one sender; the caller holds the row lock while it changes the state. */
    void claim(Instant now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("message " + id + " is " + status);
        }
        status = Status.SENDING;
        claimedAt = now;
        attempts++;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        textBody = null;
        htmlBody = null;
        lastError = null;
    }

    /** The server refused or could not be reached: wait longer after each attempt, then give up. */
    void attemptFailed(Instant now, String error) {
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return;
        }
        status = Status.PENDING;
        nextAttemptAt = now.plus(waitAfter(attempts));
    }

    /** The address itself is unusable: trying again cannot help. */
    void undeliverable(String error) {
        status = Status.FAILED;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }

    /** The sender died between claiming and recording the outcome: better one lost mail than two. */
    void interrupted() {
        status = Status.FAILED;
        lastError = "interrupted while sending; not tried again so that nobody receives it twice";
    }

    /** 30 s, 1 min, 2 min, ... up to an hour. */
    static Duration waitAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
