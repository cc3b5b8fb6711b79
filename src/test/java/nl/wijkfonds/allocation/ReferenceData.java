package nl.wijkfonds.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.wijkfonds.allocation.pabulib.Election;
import nl.wijkfonds.allocation.pabulib.PabulibException;
import nl.wijkfonds.allocation.pabulib.PabulibReader;

/**
 * The reference instances in the test resources ({@code pabulib/}, with its README on source and licence)
 * and the rule behind each key of their outcome files.
 */
final class ReferenceData {

    private ReferenceData() {
    }

    /** The folder on the test class path; the build copies the resources there, so it is a plain folder. */
    static Path folder() {
        URL url = ReferenceData.class.getResource("/pabulib/README.md");
        if (url == null) {
            throw new IllegalStateException("the reference instances (pabulib/) are not on the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every X.pb that has an X.json next to it, sorted by name; under mutation testing only those up to
     * 1,000 voters (see {@link TestSize}).
     */
    static List<Path> instances() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".pb"))
                    .filter(f -> Files.exists(outcomesOf(f)))
                    .filter(f -> !TestSize.small() || Long.parseLong(outcomes(f).get("num_voters").toString()) <= 1_000)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path outcomesOf(Path pb) {
        String name = pb.getFileName().toString();
        return pb.resolveSibling(name.substring(0, name.length() - 3) + ".json");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> outcomes(Path pb) {
        try {
            return (Map<String, Object>) MiniJson.parse(Files.readString(outcomesOf(pb), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule behind a reference key, as described in the folder's README. */
    static Rule rule(String key) {
        return switch (key) {
            case "greedy_cost" -> Rules.greedy(Satisfaction.COST);
            case "greedy_cardinality" -> Rules.greedy(Satisfaction.CARDINALITY);
            case "mes_cost" -> Rules.equalShares(Satisfaction.COST, Completion.NONE);
            case "mes_cardinality" -> Rules.equalShares(Satisfaction.CARDINALITY, Completion.NONE);
            case "mes_cost_completed" -> Rules.equalShares(Satisfaction.COST, Completion.BUDGET_INCREASE);
            case "mes_cost_iterated" -> Rules.equalShares(Satisfaction.COST, Completion.ITERATED);
            case "phragmen" -> Rules.phragmen();
            default -> throw new IllegalArgumentException("no rule known for reference key " + key);
        };
    }

    /**
     * The same voters with identical ballots merged into one approval ballot of their number: what cost
     * and cardinality satisfaction see of any ballot (points and ranks play no part), so every rule
     * decides the same; lets the voter-by-voter definitions run on the large instances.
     */
    static Profile merged(Election election) {
        Map<java.util.Set<String>, Long> weights = new java.util.LinkedHashMap<>();
        for (Ballot b : election.profile().ballots()) {
            weights.merge(new java.util.TreeSet<>(b.supported()), b.weight(), Long::sum);
        }
        List<Ballot> ballots = weights.entrySet().stream()
                .map(e -> (Ballot) new Ballot.Approval(e.getKey(), e.getValue())).toList();
        return new Profile(election.instance(), BallotKind.APPROVAL, ballots);
    }

    /** The reference library's time for a rule on an instance, in ms (null when not computed). */
    static Double referenceTime(Path pb, String key) {
        Object t = ((Map<?, ?>) outcomes(pb).get("timings_ms")).get(key);
        return t == null ? null : Double.valueOf(t.toString());
    }

    private static Path cachedPath;
    private static Election cached;

    /** Parsed election; the last one is kept, since the tests visit one instance's rules in a row. */
    static synchronized Election election(Path pb) {
        if (!pb.equals(cachedPath)) {
            try {
                cached = PabulibReader.read(pb);
                cachedPath = pb;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (PabulibException e) {
                throw new AssertionError(pb + ": " + e.getMessage(), e);
            }
        }
        return cached;
    }
}
