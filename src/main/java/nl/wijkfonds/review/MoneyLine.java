package nl.wijkfonds.review;

import nl.wijkfonds.shared.Money;

/**
 * Money of one theme or neighbourhood: what its plans in review ask for (every submitted plan not withdrawn or
 * ineligible), what its eligible plans cost on the ballot, and its budget (null when it has no share of its own).
 */
public record MoneyLine(String name, Money requested, Money eligible, Money available) {

    public boolean isOverAvailable() {
        return available != null && requested.exceeds(available);
    }
}
