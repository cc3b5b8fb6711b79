package nl.wijkfonds.review;

import nl.wijkfonds.identity.Account;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanChange;

import java.util.List;

/**
 * One plan's review as an official works on it: the plan, its review so far (null before anyone was assigned), the
 * round's criteria, the officials it may be assigned to, what changed in the plan since the last decision, and what
 * the signed-in official may do now.
 */
public record ReviewCase(Plan plan, Review review, List<EligibilityCriterion> criteria, List<Account> officials,
                         List<PlanChange> changesSinceDecision, Abilities may) {

    /** The actions the signed-in official is offered; the service checks each again when it is taken. */
    public record Abilities(boolean assign, boolean declareConflict, boolean propose, boolean settle) {
    }
}
