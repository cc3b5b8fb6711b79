package nl.wijkfonds.review;

import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.shared.Money;

/** A plan that goes on the ballot, at {@code ballotCost}: the municipality's estimate when the review set one. */
public record EligiblePlan(long planId, String title, Long themeId, String theme, Long neighbourhoodId,
                           String neighbourhood, Money cost, Money ballotCost) {

    static EligiblePlan of(Plan plan) {
        return new EligiblePlan(plan.getId(), plan.getTitle(), plan.getTheme().getId(), plan.getTheme().getName(),
                plan.getNeighbourhood().getId(), plan.getNeighbourhood().getName(), plan.getCost(),
                plan.getBallotCost());
    }

    public String slug() {
        return Plan.slug(title);
    }
}
