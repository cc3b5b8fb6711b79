package nl.wijkfonds.voting;

import nl.wijkfonds.allocation.Ballot;
import nl.wijkfonds.allocation.BallotKind;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cast ballot as the tally and the public bulletin board read it: its receipt, its scope (a neighbourhood's
 * ballot, or the district's when {@code neighbourhoodId} is null), its kind and its choices. Nothing in it points
 * to a voter.
 */
public record StoredBallot(String receipt, long roundId, Long neighbourhoodId, BallotKind kind, List<Choice> choices) {

    public StoredBallot {
        choices = List.copyOf(choices);
    }

    public boolean isDistrictWide() {
        return neighbourhoodId == null;
    }

    /**
     * The ballot in the allocation engine's terms: projects are named by the plan id as text, every ballot weighs
     * 1, points stay points and a ranking is ordered best first.
     */
    public Ballot toEngine() {
        return switch (kind) {
            case APPROVAL -> new Ballot.Approval(planIds());
            case KNAPSACK -> new Ballot.Knapsack(planIds(), 1);
            case CUMULATIVE -> {
                Map<String, Long> points = new LinkedHashMap<>();
                choices.forEach(c -> points.put(String.valueOf(c.getPlanId()), (long) c.getPoints()));
                yield new Ballot.Cumulative(points, 1);
            }
            case RANKING -> new Ballot.Ordinal(choices.stream().sorted(Comparator.comparing(Choice::getRank))
                    .map(c -> String.valueOf(c.getPlanId())).toList(), 1);
        };
    }

    private Set<String> planIds() {
        Set<String> ids = new LinkedHashSet<>();
        choices.forEach(c -> ids.add(String.valueOf(c.getPlanId())));
        return ids;
    }
}
