package nl.wijkfonds.round;

import nl.wijkfonds.shared.Money;

/** A theme or neighbourhood: a named, ordered part of a round that may carry its own share of the budget. */
interface RoundPart<R extends RoundForm.Row> {

    Long getId();

    int getPosition();

    /** The part's own share of the budget, or null. */
    Money getBudget();

    void update(R row, int position);
}
