package nl.wijkfonds.audit.chain;

/**
 * What the database says the chain's newest state is: how many events, the newest one's id (0 for none) and
 * hash, and the keyed MAC over those (null before the first keyed event). {@code unkeyedEvents} is how many of the
 * oldest events were written before events carried a MAC (fixed by the migration that introduced the key).
 */
public record ChainHead(long events, long lastEventId, String lastHash, String mac, long unkeyedEvents) {
}
