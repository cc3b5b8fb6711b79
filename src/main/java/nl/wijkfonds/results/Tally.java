package nl.wijkfonds.results;

import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.allocation.Explanation;
import nl.wijkfonds.allocation.Instance;
import nl.wijkfonds.allocation.Outcome;
import nl.wijkfonds.allocation.Profile;
import nl.wijkfonds.allocation.TieBreak;
import nl.wijkfonds.allocation.pabulib.Election;
import nl.wijkfonds.allocation.pabulib.PabulibException;
import nl.wijkfonds.allocation.pabulib.PabulibReader;
import nl.wijkfonds.allocation.pabulib.PabulibWriter;
import nl.wijkfonds.results.ResultDocument.PlanResult;
import nl.wijkfonds.results.ResultDocument.ScopeResult;
import nl.wijkfonds.review.EligiblePlan;
import nl.wijkfonds.voting.BallotScope;
import nl.wijkfonds.voting.StoredBallot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts one ballot (scope) of a round, exactly as an auditor repeats it: the scope's plans and cast ballots are
 * written as a pabulib file, the file is read back, and the round's rule runs on what was read, with the platform's
 * tie-break seeded by the file's SHA-256. So the published file, rule and tie-break give the published outcome with
 * the recount tool, byte for byte. A ballot nobody voted on chooses nothing (the engine would fill the budget with
 * plans without a single vote). Plain Java: the service reads and stores, this counts.
 */
final class Tally {

    /** Amounts are euro cents: two decimals, so files and explanations show euros. */
    private static final int CENTS = 2;

    private Tally() {
    }

    /** What counting a scope gives: its part of the result and the ballot file it was counted from. */
    record Counted(ScopeResult scope, String fileName, String file) {
    }

    static Counted count(String roundName, int year, int position, BallotScope scope, BallotKind kind,
                         List<StoredBallot> ballots, CountingRule rule) {
        String file = ballotFile(roundName, year, scope, kind, ballots);
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        byte[] sha256 = TieBreak.sha256(bytes);
        String digest = HexFormat.of().formatHex(sha256);
        String fileName = fileName(year, position, scope);

        Map<Long, EligiblePlan> plans = scope.plansById();
        List<PlanResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long spent = 0;
        if (ballots.isEmpty()) {
            ExplanationWords.Words none = ExplanationWords.noBallots();
            plans.values().forEach(p -> results.add(plan(p, 0, false, 0, "", none)));
        } else {
            Election counted = read(bytes);
            Outcome outcome = rule.engineRule().allocate(counted.instance(), counted.profile(),
                    TieBreak.platform(sha256));
            Map<String, Long> votes = votes(counted.profile());
            for (Explanation e : outcome.explanations()) {
                EligiblePlan plan = plans.get(Long.parseLong(e.project().id()));
                results.add(plan(plan, votes.getOrDefault(e.project().id(), 0L), e.chosen(), e.step(), e.phase(),
                        ExplanationWords.of(e)));
            }
            spent = outcome.totalCost();
            notes.addAll(outcome.notes());
            outcome.ties().forEach(t -> notes.add("tie at step " + t.step() + " (" + t.phase() + ") between "
                    + t.candidates() + ": " + t.chosen() + " by the " + t.tieBreak() + " tie-break"));
        }
        return new Counted(new ScopeResult(scope.neighbourhoodId(), scope.name(), scope.budget().cents(),
                ballots.size(), fileName, digest, spent, results, notes), fileName, file);
    }

    /**
     * The pabulib file of a scope's ballots: its plans (id, cost in euro cents, title, theme, neighbourhood), budget
     * and ballots in receipt order. The same ballots always give the same bytes, so a changed, added or removed
     * ballot row changes the file's SHA-256.
     */
    static String ballotFile(String roundName, int year, BallotScope scope, BallotKind kind,
                             List<StoredBallot> ballots) {
        Instance planned = scope.instance();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", roundName + " - " + scope.name());
        meta.put("country", "Netherlands");
        meta.put("unit", scope.name());
        meta.put("instance", Integer.toString(year));
        meta.put("currency", "EUR");
        meta.put("comment", "Wijkfonds; one voter per ballot, in receipt order");
        Instance instance = new Instance(planned.projects(), planned.budget(), CENTS, meta);
        Profile profile = new Profile(instance, kind, ballots.stream().map(StoredBallot::toEngine).toList());
        return PabulibWriter.write(new Election(instance, profile));
    }

    private static PlanResult plan(EligiblePlan plan, long votes, boolean chosen, int step, String phase,
                                   ExplanationWords.Words words) {
        return new PlanResult(plan.planId(), plan.title(), plan.theme(), plan.neighbourhood(),
                plan.ballotCost().cents(), votes, chosen, step, phase, words.reason(), words.figures(), words.nl(),
                words.en());
    }

    private static Map<String, Long> votes(Profile profile) {
        Map<String, Long> votes = new HashMap<>();
        profile.ballots().forEach(b -> b.supported().forEach(id -> votes.merge(id, b.weight(), Long::sum)));
        return votes;
    }

    private static Election read(byte[] file) {
        try {
            return PabulibReader.parse(file);
        } catch (PabulibException e) {
            throw new IllegalStateException("the ballot file we wrote cannot be read back: " + e.getMessage(), e);
        }
    }

    static String fileName(int year, int position, BallotScope scope) {
        String name = java.text.Normalizer.normalize(scope.name(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "wijkfonds-" + year + "-" + (position + 1) + "-" + (name.isEmpty() ? "stemmen" : name) + ".pb";
    }
}
