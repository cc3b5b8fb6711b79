package nl.wijkfonds.allocation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * How a rule chooses among projects that are exactly equal by the rule's own measure. Every rule takes a
 * tie-break as a parameter, so an outcome never depends on the order of a file or a hash map: the
 * tie-break puts all projects in one strict order, and among tied projects the earliest wins.
 */
public abstract class TieBreak {

    private final String name;

    private TieBreak(String name) {
        this.name = name;
    }

    /** The name used on the command line and in outcomes. */
    public String name() {
        return name;
    }

    /** Orders projects, most preferred first. Must be a strict total order on distinct projects. */
    abstract Comparator<Integer> order(Instance instance, long[] supporters);

    /**
     * Rank of every project (by instance index): 0 for the most preferred. The rules compare these ranks.
     */
    final int[] ranks(Instance instance, long[] supporters) {
        Integer[] indices = new Integer[instance.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        Arrays.sort(indices, order(instance, supporters));
        int[] rank = new int[indices.length];
        for (int r = 0; r < indices.length; r++) {
            rank[indices[r]] = r;
        }
        return rank;
    }

    /**
     * The ids of all projects in the tie-break's order, most preferred first; a voter counts as a supporter
     * of the projects on her ballot, weights included. For readers of the rules' definitions
     * ({@code nl.wijkfonds.allocation.definition}): among tied projects, the earliest here wins.
     */
    public final List<String> order(Instance instance, Profile profile) {
        long[] supporters = new long[instance.size()];
        for (Ballot ballot : profile.ballots()) {
            for (String id : ballot.supported()) {
                supporters[instance.indexOf(id)] += ballot.weight();
            }
        }
        int[] rank = ranks(instance, supporters);
        String[] ids = new String[rank.length];
        for (int p = 0; p < rank.length; p++) {
            ids[rank[p]] = instance.project(p).id();
        }
        return List.of(ids);
    }

    /**
     * Project ids compared as strings, ascending ("10" before "9"): the reference library's default,
     * used to check the engine against its outcomes.
     */
    public static TieBreak byProjectId() {
        return new TieBreak("project-id") {
            @Override
            Comparator<Integer> order(Instance instance, long[] supporters) {
                return Comparator.comparing(i -> instance.project(i).id());
            }
        };
    }

    /**
     * The platform's default for real rounds: more supporters first, then the lower cost, then a draw
     * that anyone can repeat: projects are ordered by SHA-256(seed ‖ project id), where the seed is the
     * SHA-256 of the ballot file (see {@link #sha256}).
     */
    public static TieBreak platform(byte[] seed) {
        byte[] copy = seed.clone();
        return new TieBreak("platform") {
            @Override
            Comparator<Integer> order(Instance instance, long[] supporters) {
                String[] draw = new String[instance.size()];
                for (int i = 0; i < draw.length; i++) {
                    draw[i] = drawKey(copy, instance.project(i).id());
                }
                // distinct ids have distinct draw keys (SHA-256), so the order is strict
                return Comparator.<Integer>comparingLong(i -> -supporters[i])
                        .thenComparingLong(i -> instance.project(i).cost())
                        .thenComparing(i -> draw[i]);
            }
        };
    }

    /** The draw key of a project: hex SHA-256 of the seed followed by the UTF-8 id. */
    public static String drawKey(byte[] seed, String projectId) {
        MessageDigest digest = sha256Digest();
        digest.update(seed);
        digest.update(projectId.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    public static byte[] sha256(byte[] data) {
        return sha256Digest().digest(data);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
