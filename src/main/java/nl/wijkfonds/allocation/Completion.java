package nl.wijkfonds.allocation;

import java.util.List;

/**
 * What to do with the money the Method of Equal Shares leaves unspent. MES on its own often spends only
 * part of the budget; a completion reruns it with more money per voter for as long as its outcome still
 * fits the real budget, keeps the last outcome that fits (or the first exhaustive one: nothing else fits),
 * and lets greedy (cost satisfaction) fill what is left.
 */
public enum Completion {
    /** Plain MES. */
    NONE("none"),
    /**
     * Raise the budget MES works with by exactly 1 % of the real budget per run (a fraction when the
     * budget is not a multiple of 100), up to the budget × (voters + 1); exhaustive means no other project
     * of the instance fits.
     */
    BUDGET_INCREASE("budget-increase"),
    /**
     * "Iterated MES": raise every voter's starting share by exactly 1 currency unit per run (100 amounts
     * when the amounts are cents, see {@link Instance#currencyUnit()}); exhaustive
     * means no other project MES could buy (supported, with a cost) fits.
     */
    ITERATED("iterated");

    private final String label;

    Completion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Completion byLabel(String label) {
        for (Completion c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown completion '" + label + "' (known: none, budget-increase, iterated)");
    }

    static final String PHASE = "completion";

    /**
     * Runs MES with this completion. Every trial run except the kept one runs without explanations; the
     * kept one is run again to explain it (runs are deterministic, so it is the same run).
     */
    void allocate(Instance instance, SupportGroups groups, EqualShares mes, Decisions decisions, String tieBreak) {
        long budget = instance.budget();
        Fraction share = groups.voters == 0 ? Fraction.ZERO : Fraction.of(budget, groups.voters);
        if (this == NONE) {
            mes.run(share, Long.MAX_VALUE, decisions, tieBreak);
            return;
        }
        Fraction kept = null;
        int keptRun = 0;
        Fraction mesBudget = Fraction.of(budget);
        Fraction step = Fraction.of(budget, 100);
        Fraction bound = Fraction.of(budget).times(groups.voters + 1);
        int run = 0;
        Fraction unit = Fraction.of(instance.currencyUnit());
        SkipProbe probe = new SkipProbe(instance.currencyUnit());
        while (this == ITERATED || mesBudget.compareTo(bound) <= 0) {
            run++;
            long sameFor = 0;
            List<Integer> outcome;
            if (this == ITERATED && probe.tracksNextRun()) {
                EqualShares.Tracked tracked = mes.runTracked(share, budget, tieBreak, probe.probe());
                outcome = tracked.chosen();
                sameFor = tracked.sameFor();
                probe.proved(sameFor);
            } else {
                outcome = mes.run(share, budget, null, tieBreak);
            }
            long cost = cost(instance, outcome);
            if (cost > budget) {
                break;
            }
            kept = share;
            keptRun = run;
            if (isExhaustive(instance, mes, outcome, cost)) {
                break;
            }
            if (this == ITERATED) {
                // the next steps within sameFor (often none) provably have this outcome: each would fit,
                // not be exhaustive, be kept
                long steps = sameFor / instance.currencyUnit();
                share = share.plus(unit.times(steps));
                run += (int) steps;
                kept = share;
                keptRun = run;
                share = share.plus(unit);
            } else {
                mesBudget = mesBudget.plus(step);
                share = groups.voters == 0 ? Fraction.ZERO : mesBudget.dividedBy(groups.voters);
            }
        }
        // the first run, at budget / voters each, never spends more than the budget: one run is always kept
        mes.run(kept, Long.MAX_VALUE, decisions, tieBreak);
        Fraction keptShare = kept.dividedBy(instance.currencyUnit());
        decisions.note(label + ": kept MES run " + keptRun + " of " + run + ", with a starting share of "
                + keptShare + " (" + keptShare.toDecimal(2) + ") per voter"
                + (this == BUDGET_INCREASE ? ", i.e. a budget of " + keptShare.times(groups.voters) : ""));
        decisions.note(label + ": MES spent " + instance.inCurrency(decisions.cost()) + " of "
                + instance.inCurrency(budget) + "; greedy (cost) fills the rest");
    }

    private boolean isExhaustive(Instance instance, EqualShares mes, List<Integer> outcome, long cost) {
        boolean[] in = new boolean[instance.size()];
        for (int p : outcome) {
            in[p] = true;
        }
        for (int p = 0; p < instance.size(); p++) {
            boolean counts = this == BUDGET_INCREASE || mes.isCandidate(p);
            if (!in[p] && counts && cost + instance.project(p).cost() <= instance.budget()) {
                return false;
            }
        }
        return true;
    }

    private static long cost(Instance instance, List<Integer> outcome) {
        long sum = 0;
        for (int p : outcome) {
            sum += instance.project(p).cost();
        }
        return sum;
    }
}
