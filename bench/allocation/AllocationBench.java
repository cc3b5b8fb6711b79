import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.wijkfonds.allocation.Completion;
import nl.wijkfonds.allocation.Rule;
import nl.wijkfonds.allocation.Rules;
import nl.wijkfonds.allocation.Satisfaction;
import nl.wijkfonds.allocation.TieBreak;
import nl.wijkfonds.allocation.pabulib.Election;
import nl.wijkfonds.allocation.pabulib.PabulibReader;

/**
 * Times every rule on every reference instance and prints the engine's median (wall clock, and the
 * thread's CPU time, which the other load on a shared machine does not inflate) next to the reference
 * library's time from the instance's JSON ({@code timings_ms}) and the ratio reference / wall. A rule is timed from the
 * parsed election to the outcome (grouping ballots included; parsing the file is not, as in the
 * reference timings). Usage: java -cp ... AllocationBench [FOLDER] [RUNS]
 */
public final class AllocationBench {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static final String[] KEYS = {"greedy_cost", "greedy_cardinality", "mes_cost", "mes_cardinality",
            "mes_cost_completed", "mes_cost_iterated", "phragmen"};

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/pabulib");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (args.length > 2 && args[2].equals("--any")) {
            AnyFolder.run(folder, runs);
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".pb")).sorted().toList();
        }
        System.out.printf(Locale.ROOT, "%-62s %8s %-20s %10s %10s %12s %9s %9s%n", "instance", "voters", "rule",
                "wall ms", "cpu ms", "reference ms", "ratio", "cpu ratio");
        List<String> below = new ArrayList<>();
        int belowCpu = 0;
        double worstBig = Double.MAX_VALUE;
        String worstBigName = "";
        for (Path pb : files) {
            String json = Files.readString(pb.resolveSibling(pb.getFileName().toString().replaceAll("\\.pb$", ".json")));
            Map<String, Double> reference = timings(json);
            long voters = Long.parseLong(number(json, "num_voters"));
            Election election = PabulibReader.read(pb);
            for (String key : KEYS) {
                Double refMs = reference.get(key);
                if (refMs == null || nullRule(json, key)) {
                    continue;
                }
                Rule rule = rule(key);
                // warm up: at least two runs and 300 ms, so the JIT has compiled the hot loops
                long warmStart = System.nanoTime();
                for (int w = 0; w < 2 || System.nanoTime() - warmStart < 300_000_000L; w++) {
                    rule.allocate(election.instance(), election.profile(), TieBreak.byProjectId());
                }
                double[] wall = new double[runs];
                double[] cpu = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    rule.allocate(election.instance(), election.profile(), TieBreak.byProjectId());
                    wall[r] = (System.nanoTime() - start) / 1e6;
                    cpu[r] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                }
                Arrays.sort(wall);
                Arrays.sort(cpu);
                double median = wall[runs / 2];
                double ratio = refMs / median;
                double cpuRatio = refMs / Math.max(cpu[runs / 2], 0.001);
                System.out.printf(Locale.ROOT, "%-62s %8d %-20s %10.2f %10.2f %12.1f %8.0fx %8.0fx%n",
                        pb.getFileName(), voters, key, median, cpu[runs / 2], refMs, ratio, cpuRatio);
                if (voters >= 1000) {
                    double target = key.startsWith("mes_cost_") ? 200 : 50;
                    if (ratio < target) {
                        below.add(pb.getFileName() + " " + key + String.format(Locale.ROOT, " %.0fx (cpu %.0fx) < %.0fx",
                                ratio, cpuRatio, target));
                    }
                    if (cpuRatio < target) {
                        belowCpu++;
                    }
                    if (ratio < worstBig) {
                        worstBig = ratio;
                        worstBigName = pb.getFileName() + " " + key;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nlowest ratio on 1,000+ voters: %.0fx (%s)%n", worstBig, worstBigName);
        System.out.println(below.isEmpty() ? "all targets met (>= 50x, completed MES >= 200x on 1,000+ voters)"
                : "below target by wall clock (" + below.size() + "): " + below);
        System.out.println("below target by thread CPU time: " + belowCpu);
    }

    static Rule rule(String key) {
        return switch (key) {
            case "greedy_cost" -> Rules.greedy(Satisfaction.COST);
            case "greedy_cardinality" -> Rules.greedy(Satisfaction.CARDINALITY);
            case "mes_cost" -> Rules.equalShares(Satisfaction.COST, Completion.NONE);
            case "mes_cardinality" -> Rules.equalShares(Satisfaction.CARDINALITY, Completion.NONE);
            case "mes_cost_completed" -> Rules.equalShares(Satisfaction.COST, Completion.BUDGET_INCREASE);
            case "mes_cost_iterated" -> Rules.equalShares(Satisfaction.COST, Completion.ITERATED);
            default -> Rules.phragmen();
        };
    }

    private static boolean nullRule(String json, String key) {
        return Pattern.compile("\"" + key + "\":\\s*null").matcher(json).find();
    }

    private static String number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\s*([0-9.]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key);
        }
        return m.group(1);
    }

    private static Map<String, Double> timings(String json) {
        Map<String, Double> map = new LinkedHashMap<>();
        int start = json.indexOf("\"timings_ms\"");
        if (start < 0) {
            return map;
        }
        String block = json.substring(json.indexOf('{', start), json.indexOf('}', start) + 1);
        Matcher m = Pattern.compile("\"([a-z_]+)\":\\s*([0-9.]+)").matcher(block);
        while (m.find()) {
            map.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return map;
    }
}
