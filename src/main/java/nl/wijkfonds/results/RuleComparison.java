package nl.wijkfonds.results;

import nl.wijkfonds.allocation.Ballot;
import nl.wijkfonds.allocation.Completion;
import nl.wijkfonds.allocation.Outcome;
import nl.wijkfonds.allocation.Project;
import nl.wijkfonds.allocation.Rule;
import nl.wijkfonds.allocation.Rules;
import nl.wijkfonds.allocation.TieBreak;
import nl.wijkfonds.allocation.pabulib.Election;
import nl.wijkfonds.allocation.pabulib.PabulibException;
import nl.wijkfonds.allocation.pabulib.PabulibReader;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each of the engine's rules would have chosen on the very ballot files a round was counted from, with fairness
 * figures to compare them: the share of voters with at least one chosen plan they voted for, the average share of a
 * voter's ballot that was chosen, and the money per theme and per neighbourhood. For choosing next year's rule with
 * evidence; it never changes this year's result. Plain Java over the stored files.
 */
public final class RuleComparison {

    /** The rules compared, by the recount tool's name and completion. */
    static final List<String[]> RULES = List.of(
            new String[]{"greedy-cost", "none"},
            new String[]{"greedy-cardinality", "none"},
            new String[]{"mes-cost", "budget-increase"},
            new String[]{"mes-cardinality", "budget-increase"},
            new String[]{"phragmen", "none"});

    /** One rule's outcome over all ballots of the round. */
    public record RuleOutcome(String rule, boolean official, List<String> chosenTitles, long spentCents,
                              BigDecimal votersWithAWinner, BigDecimal averageBallotShareChosen,
                              Map<String, Long> centsByTheme, Map<String, Long> centsByNeighbourhood,
                              String notApplicable) {
    }

    private RuleComparison() {
    }

    /**
     * Runs every rule on every ballot file (contents in scope order); {@code officialRule} is the engine name plus
     * completion of the rule the round was counted by.
     */
    public static List<RuleOutcome> compare(List<String> ballotFiles, String officialRule) {
        List<Election> elections = new ArrayList<>();
        List<byte[]> seeds = new ArrayList<>();
        for (String file : ballotFiles) {
            byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
            try {
                elections.add(PabulibReader.parse(bytes));
            } catch (PabulibException e) {
                throw new IllegalStateException("a stored ballot file cannot be read: " + e.getMessage(), e);
            }
            seeds.add(TieBreak.sha256(bytes));
        }
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (String[] named : RULES) {
            outcomes.add(run(named[0], Completion.byLabel(named[1]), elections, seeds, officialRule));
        }
        return outcomes;
    }

    private static RuleOutcome run(String name, Completion completion, List<Election> elections, List<byte[]> seeds,
                                   String officialRule) {
        String label = name + (completion == Completion.NONE ? "" : "+" + completion.label());
        boolean official = label.equals(officialRule);
        Rule rule = Rules.byName(name, completion);
        List<String> titles = new ArrayList<>();
        Map<String, Long> byTheme = new LinkedHashMap<>();
        Map<String, Long> byNeighbourhood = new LinkedHashMap<>();
        long spent = 0;
        long voters = 0;
        long votersWithAWinner = 0;
        BigDecimal shareSum = BigDecimal.ZERO;
        for (int i = 0; i < elections.size(); i++) {
            Election election = elections.get(i);
            if (election.profile().ballots().isEmpty()) {
                continue;
            }
            Outcome outcome;
            try {
                outcome = rule.allocate(election.instance(), election.profile(), TieBreak.platform(seeds.get(i)));
            } catch (IllegalArgumentException notForTheseBallots) {
                return new RuleOutcome(label, official, List.of(), 0, BigDecimal.ZERO, BigDecimal.ZERO, Map.of(),
                        Map.of(), notForTheseBallots.getMessage());
            }
            Set<String> chosen = new HashSet<>();
            for (Project p : outcome.selected()) {
                chosen.add(p.id());
                titles.add(p.name());
                spent += p.cost();
                p.categories().forEach(theme -> byTheme.merge(theme, p.cost(), Long::sum));
                byNeighbourhood.merge(p.neighbourhood(), p.cost(), Long::sum);
            }
            for (Ballot ballot : election.profile().ballots()) {
                long hits = ballot.supported().stream().filter(chosen::contains).count();
                voters += ballot.weight();
                if (hits > 0) {
                    votersWithAWinner += ballot.weight();
                }
                if (!ballot.supported().isEmpty()) {
                    shareSum = shareSum.add(BigDecimal.valueOf(hits * ballot.weight())
                            .divide(BigDecimal.valueOf(ballot.supported().size()), 12, RoundingMode.HALF_EVEN));
                }
            }
        }
        return new RuleOutcome(label, official, titles, spent, percent(BigDecimal.valueOf(votersWithAWinner), voters),
                percent(shareSum, voters), byTheme, byNeighbourhood, null);
    }

    private static BigDecimal percent(BigDecimal part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }
}
