package nl.wijkfonds.allocation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The profile as the rules see it: voters who support exactly the same set of projects form one group,
 * weighted by how many they are. Real rounds have many identical ballots (few projects, short ballots),
 * so the rules loop over groups instead of voters. Built once per profile; immutable afterwards.
 */
final class SupportGroups {

    /** Projects supported by each group, as instance indices, ascending. */
    final int[][] projectsOf;
    /** Number of voters (summed weights) in each group. */
    final long[] weight;
    /** Groups supporting each project. */
    final int[][] groupsOf;
    /** Weights of the groups supporting each project, in the order of groupsOf (read together). */
    final long[][] weightsOf;
    /** Number of voters (summed weights) supporting each project. */
    final long[] supporters;
    /** Number of voters, including those with an empty ballot. */
    final long voters;

    SupportGroups(Instance instance, Profile profile) {
        Map<Key, Integer> index = new HashMap<>(2 * profile.ballots().size() + 16);
        int[][] sets = new int[profile.ballots().size()][];
        long[] weights = new long[sets.length];
        int groups = 0;
        for (int i = 0; i < sets.length; i++) {
            int[] set = profile.supportedIndices(i, instance);
            Ballot b = profile.ballots().get(i);
            Key key = new Key(set, Arrays.hashCode(set));
            Integer g = index.get(key);
            if (g == null) {
                g = groups++;
                index.put(key, g);
                sets[g] = set;
            }
            weights[g] += b.weight();
        }
        this.projectsOf = Arrays.copyOf(sets, groups);
        this.weight = Arrays.copyOf(weights, groups);
        this.voters = profile.totalWeight();

        int n = instance.size();
        int[] count = new int[n];
        this.supporters = new long[n];
        for (int g = 0; g < groups; g++) {
            for (int p : projectsOf[g]) {
                count[p]++;
                supporters[p] += weight[g];
            }
        }
        this.groupsOf = new int[n][];
        for (int p = 0; p < n; p++) {
            groupsOf[p] = new int[count[p]];
            count[p] = 0;
        }
        for (int g = 0; g < groups; g++) {
            for (int p : projectsOf[g]) {
                groupsOf[p][count[p]++] = g;
            }
        }
        this.weightsOf = new long[n][];
        for (int p = 0; p < n; p++) {
            weightsOf[p] = new long[groupsOf[p].length];
            for (int i = 0; i < groupsOf[p].length; i++) {
                weightsOf[p][i] = weight[groupsOf[p][i]];
            }
        }
    }

    int groupCount() {
        return weight.length;
    }

    static SupportGroups of(Instance instance, Profile profile) {
        return new SupportGroups(instance, profile);
    }

    /** An int[] with value equality (hash computed once), to find identical ballots. */
    private record Key(int[] set, int hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(set, k.set);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return Arrays.toString(set);
        }
    }
}
