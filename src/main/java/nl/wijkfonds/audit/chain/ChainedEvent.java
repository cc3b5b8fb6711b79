package nl.wijkfonds.audit.chain;

/**
 * One audit event as the chain sees it: its content, the hash of the event before it, its own hash and the keyed
 * MAC on that hash. {@code occurredAt} is the instant as ISO-8601 text ({@code Instant.toString()}), exactly as
 * hashed. {@code hash} and {@code mac} may be null for events from before the chain (or the key) existed.
 */
public record ChainedEvent(long id, String occurredAt, String actor, String action, String subjectType,
                           String subjectId, String before, String after, String previousHash, String hash,
                           String mac) {
}
