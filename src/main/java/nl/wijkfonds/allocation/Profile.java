package nl.wijkfonds.allocation;

import java.util.List;

/**
 * All ballots of one round, all of one kind, each naming only projects of the instance. A profile is
 * checked once when it is built, so the rules can trust it.
 */
public final class Profile {

    private final BallotKind kind;
    private final List<Ballot> ballots;
    private final long totalWeight;

    public Profile(Instance instance, BallotKind kind, List<? extends Ballot> ballots) {
        this.kind = kind;
        this.ballots = List.copyOf(ballots);
        long total = 0;
        for (int i = 0; i < this.ballots.size(); i++) {
            Ballot b = this.ballots.get(i);
            if (b.kind() != kind) {
                throw new IllegalArgumentException("ballot " + (i + 1) + " is " + b.kind() + ", the profile is " + kind);
            }
            long cost = 0;
            for (String id : b.supported()) {
                int p = instance.indexOf(id);
                if (p < 0) {
                    throw new IllegalArgumentException("ballot " + (i + 1) + " names unknown project " + id);
                }
                cost = Math.addExact(cost, instance.project(p).cost());
            }
            if (kind == BallotKind.KNAPSACK && cost > instance.budget()) {
                throw new IllegalArgumentException("knapsack ballot " + (i + 1) + " costs " + cost
                        + ", more than the budget limit " + instance.budget());
            }
            total = Math.addExact(total, b.weight());
        }
        this.totalWeight = total;
    }

    public BallotKind kind() {
        return kind;
    }

    public List<Ballot> ballots() {
        return ballots;
    }

    /** Number of voters, counting weights (what the Method of Equal Shares divides the budget by). */
    public long totalWeight() {
        return totalWeight;
    }

    public boolean isApprovalLike() {
        return kind == BallotKind.APPROVAL || kind == BallotKind.KNAPSACK;
    }
}
