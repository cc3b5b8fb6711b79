package nl.wijkfonds.voting;

import nl.wijkfonds.allocation.Instance;
import nl.wijkfonds.allocation.Project;
import nl.wijkfonds.review.EligiblePlan;
import nl.wijkfonds.round.Neighbourhood;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One ballot of a round: the plans on it and the budget they compete for. A neighbourhood with a sub-budget has a
 * ballot of its own with its own plans; the district's ballot ({@code neighbourhoodId} null) holds every other
 * eligible plan and whatever budget the sub-budgets leave. A round without sub-budgets has only the district's
 * ballot; one whose sub-budgets take the whole budget has none. A ballot without eligible plans is left out. A voter
 * votes on their neighbourhood's ballot and on the district's, where each exists.
 */
public record BallotScope(Long neighbourhoodId, String name, Money budget, List<EligiblePlan> plans) {

    public BallotScope {
        plans = List.copyOf(plans);
    }

    /** The ballots of a round, the neighbourhoods' in their order first, then the district's. */
    public static List<BallotScope> of(Round round, List<EligiblePlan> eligible) {
        List<BallotScope> scopes = new ArrayList<>();
        long rest = round.getTotalBudget().cents();
        for (Neighbourhood n : round.getNeighbourhoods()) {
            if (n.getBudget() != null) {
                rest -= n.getBudget().cents();
                scopes.add(new BallotScope(n.getId(), n.getName(), n.getBudget(), eligible.stream()
                        .filter(p -> Objects.equals(p.neighbourhoodId(), n.getId())).toList()));
            }
        }
        Set<Long> ownBallot = scopes.stream().map(BallotScope::neighbourhoodId).collect(java.util.stream.Collectors.toSet());
        if (rest > 0) {
            scopes.add(new BallotScope(null, round.getName(), Money.ofCents(rest), eligible.stream()
                    .filter(p -> p.neighbourhoodId() == null || !ownBallot.contains(p.neighbourhoodId())).toList()));
        }
        return scopes.stream().filter(scope -> !scope.plans().isEmpty()).toList();
    }

    public boolean isDistrictWide() {
        return neighbourhoodId == null;
    }

    /** Whether a voter of this neighbourhood (null when the round has none) votes on this ballot. */
    public boolean isFor(Long votersNeighbourhood) {
        return isDistrictWide() || neighbourhoodId.equals(votersNeighbourhood);
    }

    public boolean contains(long planId) {
        return plans.stream().anyMatch(p -> p.planId() == planId);
    }

    /** The plans by id. */
    public Map<Long, EligiblePlan> plansById() {
        Map<Long, EligiblePlan> byId = new java.util.LinkedHashMap<>();
        plans.forEach(p -> byId.put(p.planId(), p));
        return byId;
    }

    /**
     * The ballot as the allocation engine's instance: each plan a project named by its id as text, at its ballot
     * cost in euro cents, with its title, theme and neighbourhood; the budget limit in euro cents.
     */
    public Instance instance() {
        return new Instance(plans.stream().map(p -> new Project(String.valueOf(p.planId()), p.ballotCost().cents(),
                p.title(), p.theme() == null ? Set.of() : Set.of(p.theme()), Set.of(),
                p.neighbourhood())).toList(), budget.cents());
    }
}
