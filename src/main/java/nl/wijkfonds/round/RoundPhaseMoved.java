package nl.wijkfonds.round;

import java.time.Instant;

/** A round moved from one phase to another, fired in the transaction of the move for domains that build on it. */
public record RoundPhaseMoved(long roundId, Phase from, Phase to, Instant at) {
}
