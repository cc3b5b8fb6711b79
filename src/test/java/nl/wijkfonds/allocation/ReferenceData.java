package nl.wijkfonds.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.wijkfonds.allocation.pabulib.Election;
import nl.wijkfonds.allocation.pabulib.PabulibException;
import nl.wijkfonds.allocation.pabulib.PabulibReader;

/** The reference instances in ../shared/pabulib and the rule behind each key of their outcome files. */
final class ReferenceData {

    private ReferenceData() {
    }

    static Path folder() {
        return Path.of(System.getProperty("basedir", "."), "..", "shared", "pabulib").normalize();
    }

    /** Every X.pb that has an X.json next to it, sorted by name. */
    static List<Path> instances() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".pb"))
                    .filter(f -> Files.exists(outcomesOf(f)))
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
