package nl.wijkfonds.allocation;

/** The rules the platform offers, by name. */
public final class Rules {

    private Rules() {
    }

    /** Greedy by utilitarian welfare ("most votes first" with cost satisfaction). */
    public static Rule greedy(Satisfaction satisfaction) {
        return new Named("greedy-" + satisfaction.label(), (instance, profile, tieBreak) -> {
            SupportGroups groups = SupportGroups.of(instance, profile);
            Decisions decisions = new Decisions(instance);
            Greedy.fill(instance, groups, satisfaction, tieBreak.ranks(instance, groups.supporters), decisions,
                    "greedy", tieBreak.name());
            return decisions;
        });
    }

    /** The Method of Equal Shares, optionally completed; completions end with greedy (cost). */
    public static Rule equalShares(Satisfaction satisfaction, Completion completion) {
        String name = "mes-" + satisfaction.label() + (completion == Completion.NONE ? "" : "+" + completion.label());
        return new Named(name, (instance, profile, tieBreak) -> {
            SupportGroups groups = SupportGroups.of(instance, profile);
            int[] rank = tieBreak.ranks(instance, groups.supporters);
            Decisions decisions = new Decisions(instance);
            EqualShares mes = new EqualShares(instance, groups, satisfaction, rank);
            completion.allocate(instance, groups, mes, decisions, tieBreak.name());
            if (completion != Completion.NONE) {
                Greedy.fill(instance, groups, Satisfaction.COST, rank, decisions, Completion.PHASE, tieBreak.name());
            }
            return decisions;
        });
    }

    /** Sequential Phragmén; approval (and knapsack) ballots only. */
    public static Rule phragmen() {
        return new Named("phragmen", (instance, profile, tieBreak) -> {
            if (!profile.isApprovalLike()) {
                throw new IllegalArgumentException("phragmen needs approval ballots, this profile has "
                        + profile.kind().name().toLowerCase(java.util.Locale.ROOT) + " ballots");
            }
            SupportGroups groups = SupportGroups.of(instance, profile);
            Decisions decisions = new Decisions(instance);
            Phragmen.run(instance, groups, tieBreak.ranks(instance, groups.supporters), decisions, tieBreak.name());
            return decisions;
        });
    }

    /**
     * The rule for a recount-tool name: greedy-cost, greedy-cardinality, mes-cost, mes-cardinality,
     * phragmen; a completion other than "none" only with the MES rules.
     */
    public static Rule byName(String rule, Completion completion) {
        boolean mes = rule.startsWith("mes-");
        if (!mes && completion != Completion.NONE) {
            throw new IllegalArgumentException("completion '" + completion.label() + "' only applies to mes-cost and mes-cardinality");
        }
        switch (rule) {
            case "greedy-cost": return greedy(Satisfaction.COST);
            case "greedy-cardinality": return greedy(Satisfaction.CARDINALITY);
            case "mes-cost": return equalShares(Satisfaction.COST, completion);
            case "mes-cardinality": return equalShares(Satisfaction.CARDINALITY, completion);
            case "phragmen": return phragmen();
            default:
                throw new IllegalArgumentException("unknown rule '" + rule
                        + "' (known: greedy-cost, greedy-cardinality, mes-cost, mes-cardinality, phragmen)");
        }
    }

    private interface Body {
        Decisions decide(Instance instance, Profile profile, TieBreak tieBreak);
    }

    private record Named(String name, Body body) implements Rule {
        @Override
        public Outcome allocate(Instance instance, Profile profile, TieBreak tieBreak) {
            return body.decide(instance, profile, tieBreak).outcome(name, tieBreak.name());
        }
    }
}
