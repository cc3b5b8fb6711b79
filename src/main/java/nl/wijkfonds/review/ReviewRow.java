package nl.wijkfonds.review;

import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.shared.Money;

import java.time.LocalDate;

/** A plan as the review dashboard lists it. {@code dueOn} is the reviewer's day, or the submitter's for changes. */
public record ReviewRow(long planId, String title, String theme, String neighbourhood, ReviewProgress progress,
                        String reviewer, LocalDate dueOn, boolean overdue, Money cost, Money ballotCost) {

    public String slug() {
        return Plan.slug(title);
    }
}
