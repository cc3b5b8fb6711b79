package nl.wijkfonds.voting;

import java.io.Serializable;

/**
 * What the ballot page shows of a plan beside its title, cost and theme: the officials' ballot text (or else the
 * submitter's summary) and its first image, if it has one.
 */
public record BallotCard(long planId, String text, Long imageId) implements Serializable {
}
