/**
 * Budget rounds: the year's wijkfonds of a district, its budget, themes, neighbourhoods and phases, as officials
 * set them up and the public sees them. {@link nl.wijkfonds.round.Round} is the aggregate and keeps its own rules;
 * {@link nl.wijkfonds.round.RoundService} holds the use cases.
 */
package nl.wijkfonds.round;
