import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.wijkfonds.allocation.Rule;
import nl.wijkfonds.allocation.TieBreak;
import nl.wijkfonds.allocation.pabulib.Election;
import nl.wijkfonds.allocation.pabulib.PabulibException;
import nl.wijkfonds.allocation.pabulib.PabulibReader;

/**
 * Recomputes every rule on every .pb file of any folder (no expected outcomes needed) and prints, per
 * rule, the total time for all files (sum of each file's median over RUNS runs, after a warm-up run),
 * the slowest file, and how many files were refused and why: by the reader (a broken or unsupported
 * file) or by the rule (Phragmén on points or ranking ballots).
 */
final class AnyFolder {

    private static final String[] KEYS = {"greedy_cost", "greedy_cardinality", "mes_cost", "mes_cardinality",
            "mes_cost_completed", "mes_cost_iterated", "phragmen"};

    private AnyFolder() {
    }

    static void run(Path folder, int runs) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".pb")).sorted().toList();
        }
        Map<String, Election> read = new LinkedHashMap<>();
        Map<String, List<String>> refusedByReader = new TreeMap<>();
        for (Path pb : files) {
            try {
                read.put(pb.getFileName().toString(), PabulibReader.read(pb));
            } catch (PabulibException e) {
                refusedByReader.computeIfAbsent(kind(e.getMessage()), k -> new ArrayList<>())
                        .add(pb.getFileName() + " (" + e.getMessage() + ")");
            }
        }
        System.out.printf(Locale.ROOT, "%d .pb files in %s: %d read, %d refused by the reader%n", files.size(), folder,
                read.size(), files.size() - read.size());
        refusedByReader.forEach((why, which) -> {
            System.out.printf(Locale.ROOT, "  %4d  %s%n", which.size(), why);
            which.forEach(f -> System.out.println("          " + f));
        });
        System.out.printf(Locale.ROOT, "%n%-20s %8s %12s %9s  %s%n", "rule", "files", "total ms", "refused",
                "slowest file (ms)");
        for (String key : KEYS) {
            Rule rule = AllocationBench.rule(key);
            double total = 0;
            double slowest = -1;
            String slowestFile = "";
            int done = 0;
            Map<String, Integer> refused = new TreeMap<>();
            for (Map.Entry<String, Election> e : read.entrySet()) {
                Election election = e.getValue();
                try {
                    rule.allocate(election.instance(), election.profile(), TieBreak.byProjectId());
                } catch (IllegalArgumentException ex) {
                    refused.merge(ex.getMessage(), 1, Integer::sum);
                    continue;
                }
                double[] ms = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long start = System.nanoTime();
                    rule.allocate(election.instance(), election.profile(), TieBreak.byProjectId());
                    ms[r] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(ms);
                double median = ms[runs / 2];
                total += median;
                done++;
                if (median > slowest) {
                    slowest = median;
                    slowestFile = e.getKey();
                }
            }
            int refusedCount = refused.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf(Locale.ROOT, "%-20s %8d %12.1f %9d  %s%n", key, done, total, refusedCount,
                    done == 0 ? "" : String.format(Locale.ROOT, "%s (%.1f)", slowestFile, slowest));
            refused.forEach((why, count) -> System.out.printf(Locale.ROOT, "%-20s %8s %12s %9d  refused: %s%n", "", "",
                    "", count, why));
        }
    }

    /** The kind of problem, without the line number and the quoted value, so that alike problems group. */
    private static String kind(String message) {
        return message.replaceFirst("^line \\d+: ", "").replaceAll("'[^']*'", "'…'");
    }
}
