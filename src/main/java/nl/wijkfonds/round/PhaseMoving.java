package nl.wijkfonds.round;

/**
 * Fired (synchronously, in the mover's transaction) just before a round moves to another phase, so that a domain
 * that builds on rounds can refuse a move its own state does not allow, by throwing a
 * {@link nl.wijkfonds.shared.DomainException}: results, for instance, are published only once counted.
 */
public record PhaseMoving(long roundId, Phase from, Phase to) {
}
