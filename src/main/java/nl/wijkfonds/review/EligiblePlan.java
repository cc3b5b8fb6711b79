package nl.wijkfonds.review;

import nl.wijkfonds.shared.Money;

/** A plan that goes on the ballot, at {@code ballotCost}: the municipality's estimate when the review set one. */
public record EligiblePlan(long planId, String title, Long themeId, String theme, Long neighbourhoodId,
                           String neighbourhood, Money cost, Money ballotCost) {
}
