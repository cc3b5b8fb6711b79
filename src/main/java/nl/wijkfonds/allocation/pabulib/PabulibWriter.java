package nl.wijkfonds.allocation.pabulib;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.wijkfonds.allocation.Ballot;
import nl.wijkfonds.allocation.Instance;
import nl.wijkfonds.allocation.Project;

/**
 * Writes an election as pabulib text that {@link PabulibReader} (and the reference parser) read back to
 * the same election. A ballot of weight w is written as w voters, since pabulib has no weights.
 */
public final class PabulibWriter {

    private PabulibWriter() {
    }

    public static String write(Election election) {
        Instance instance = election.instance();
        StringBuilder out = new StringBuilder();
        Map<String, String> meta = new LinkedHashMap<>(instance.meta());
        long voters = election.profile().totalWeight();
        meta.put("num_projects", Integer.toString(instance.size()));
        meta.put("num_votes", Long.toString(voters));
        meta.put("budget", amount(instance.budget(), instance.decimals()));
        meta.put("vote_type", switch (election.profile().kind()) {
            case APPROVAL -> meta.getOrDefault("vote_type", "approval").equals("choose-1") ? "choose-1" : "approval";
            case CUMULATIVE -> "cumulative";
            case RANKING -> "ordinal";
            case KNAPSACK -> "knapsack";
        });
        out.append("META\nkey;value\n");
        meta.forEach((k, v) -> row(out, List.of(k, v)));

        out.append("PROJECTS\nproject_id;cost;name;category;target;neighbourhood\n");
        for (Project p : instance.projects()) {
            row(out, List.of(p.id(), amount(p.cost(), instance.decimals()), p.name(), String.join(",", p.categories()),
                    String.join(",", p.targets()), p.neighbourhood()));
        }

        boolean points = election.profile().kind() == nl.wijkfonds.allocation.BallotKind.CUMULATIVE;
        out.append(points ? "VOTES\nvoter_id;vote;points\n" : "VOTES\nvoter_id;vote\n");
        long voter = 0;
        for (Ballot b : election.profile().ballots()) {
            List<String> fields = new ArrayList<>();
            fields.add("");
            if (b instanceof Ballot.Ordinal o) {
                fields.add(String.join(",", o.ranking()));
            } else {
                fields.add(String.join(",", b.supported()));
            }
            if (b instanceof Ballot.Cumulative c) {
                fields.add(c.points().values().stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
            for (long w = 0; w < b.weight(); w++) {
                fields.set(0, Long.toString(++voter));
                row(out, fields);
            }
        }
        return out.toString();
    }

    /** An amount in currency units with the instance's decimals: 80482879 with 2 decimals is 804828.79. */
    private static String amount(long amount, int decimals) {
        return BigDecimal.valueOf(amount, decimals).toPlainString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            String f = fields.get(i);
            boolean quote = f.indexOf(';') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
                    || f.strip().equalsIgnoreCase("meta") || f.strip().equalsIgnoreCase("projects")
                    || f.strip().equalsIgnoreCase("votes");
            out.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        out.append('\n');
    }
}
