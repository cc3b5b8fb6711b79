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
    /** Per ballot, the instance indices of the projects on it, ascending: what the rules work from. */
    private final int[][] supportedIndices;
    private final Instance instance;

    public Profile(Instance instance, BallotKind kind, List<? extends Ballot> ballots) {
        this.kind = kind;
        this.instance = instance;
        this.ballots = List.copyOf(ballots);
        long total = 0;
        this.supportedIndices = new int[this.ballots.size()][];
        for (int i = 0; i < this.ballots.size(); i++) {
            Ballot b = this.ballots.get(i);
            if (b.kind() != kind) {
                throw new IllegalArgumentException("ballot " + (i + 1) + " is " + b.kind() + ", the profile is " + kind);
            }
            long cost = 0;
            int[] indices = new int[b.supported().size()];
            int k = 0;
            for (String id : b.supported()) {
                int p = instance.indexOf(id);
                if (p < 0) {
                    throw new IllegalArgumentException("ballot " + (i + 1) + " names unknown project " + id);
                }
                indices[k++] = p;
                cost = Math.addExact(cost, instance.project(p).cost());
            }
            java.util.Arrays.sort(indices);
            supportedIndices[i] = indices;
            if (kind == BallotKind.KNAPSACK && cost > instance.budget()) {
                throw new IllegalArgumentException("knapsack ballot " + (i + 1) + " costs " + cost
                        + ", more than the budget limit " + instance.budget());
            }
            total = Math.addExact(total, b.weight());
        }
        this.totalWeight = total;
    }

    /**
     * The projects on ballot i as indices of {@code forInstance}, ascending. Precomputed for the instance
     * the profile was checked against; for another instance object they are looked up by id.
     */
    int[] supportedIndices(int i, Instance forInstance) {
        if (forInstance == instance) {
            return supportedIndices[i];
        }
        int[] indices = ballots.get(i).supported().stream().mapToInt(forInstance::indexOf).sorted().toArray();
        if (indices.length > 0 && indices[0] < 0) {
            throw new IllegalArgumentException("ballot " + (i + 1) + " names a project the instance does not have");
        }
        return indices;
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
