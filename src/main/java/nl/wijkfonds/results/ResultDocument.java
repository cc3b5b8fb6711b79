package nl.wijkfonds.results;

import java.util.List;
import java.util.Map;

/**
 * The result of a round's count, as published: the JSON file that is signed and offered for download, and what the
 * results page shows. It names everything needed to repeat the count: the rule and its parameters, the engine
 * version, the tie-break, and per ballot (scope) the SHA-256 of the exact pabulib file the engine read. Money is
 * in euro cents. Stored exactly as signed; never changed afterwards (overrides are kept beside it).
 */
public record ResultDocument(
        int format,
        long roundId,
        String round,
        int year,
        String countingRule,
        String engineRule,
        String completion,
        String satisfaction,
        String tieBreak,
        String engineVersion,
        String recount,
        String countedAt,
        long ballots,
        Turnout turnout,
        List<ScopeResult> scopes) {

    public static final int FORMAT = 1;

    public ResultDocument {
        scopes = List.copyOf(scopes);
    }

    /** Money and plans chosen per group: a theme, or a neighbourhood. */
    public record Spend(String name, long plans, long cents) {
    }

    /** What the chosen plans cost together per theme, in the order themes first appear. */
    public List<Spend> spendByTheme() {
        return spendBy(PlanResult::theme);
    }

    /** What the chosen plans cost together per neighbourhood of the plan, in the order they first appear. */
    public List<Spend> spendByNeighbourhood() {
        return spendBy(PlanResult::neighbourhood);
    }

    /** The plan's line on whichever ballot it stood, if it stood on one. */
    public java.util.Optional<PlanResult> plan(long planId) {
        return scopes.stream().flatMap(s -> s.plans().stream()).filter(p -> p.planId() == planId).findFirst();
    }

    public long spentCents() {
        return scopes.stream().mapToLong(ScopeResult::spentCents).sum();
    }

    public long budgetCents() {
        return scopes.stream().mapToLong(ScopeResult::budgetCents).sum();
    }

    private List<Spend> spendBy(java.util.function.Function<PlanResult, String> group) {
        Map<String, long[]> sums = new java.util.LinkedHashMap<>();
        scopes.stream().flatMap(s -> s.plans().stream()).forEach(p -> {
            long[] sum = sums.computeIfAbsent(String.valueOf(group.apply(p)), g -> new long[2]);
            if (p.chosen()) {
                sum[0]++;
                sum[1] += p.costCents();
            }
        });
        return sums.entrySet().stream().map(e -> new Spend(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Voting codes handed out and used (a voter with two ballots, neighbourhood and district, counts once). */
    public record Turnout(long codes, long voted) {

        /** Turnout in whole percent, rounded down; 0 without codes. */
        public long percent() {
            return codes == 0 ? 0 : voted * 100 / codes;
        }
    }

    /** One ballot of the round (a neighbourhood's, or the district's when {@code neighbourhoodId} is null). */
    public record ScopeResult(
            Long neighbourhoodId,
            String name,
            long budgetCents,
            long ballots,
            String ballotFile,
            String ballotFileSha256,
            long spentCents,
            List<PlanResult> plans,
            List<String> notes) {

        public ScopeResult {
            plans = List.copyOf(plans);
            notes = List.copyOf(notes);
        }

        public long leftCents() {
            return budgetCents - spentCents;
        }

        public List<PlanResult> chosen() {
            return plans.stream().filter(PlanResult::chosen).toList();
        }
    }

    /**
     * One plan's outcome: its cost on the ballot, its votes, whether it was chosen (and at which step), and why, as
     * the engine's reason with its exact figures and in Dutch and English words.
     */
    public record PlanResult(
            long planId,
            String title,
            String theme,
            String neighbourhood,
            long costCents,
            long votes,
            boolean chosen,
            int step,
            String phase,
            String reason,
            Map<String, String> figures,
            String explanationNl,
            String explanationEn) {

        public PlanResult {
            figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        }

        public String explanation(String language) {
            return "en".equals(language) ? explanationEn : explanationNl;
        }
    }
}
