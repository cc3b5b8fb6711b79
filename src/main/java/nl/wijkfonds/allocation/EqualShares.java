package nl.wijkfonds.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Method of Equal Shares, fast (the definition an auditor reads is
 * {@code nl.wijkfonds.allocation.definition.EqualSharesDefinition}; the tests hold the two together). The
 * budget is split equally among the voters; each voter may only spend her share on projects she supports.
 * In each step the rule buys the project whose supporters can pay for it with the smallest maximal payment
 * per unit of satisfaction (supporters who have less than that pay all they have); a project whose
 * supporters together cannot pay for it is dropped. It stops when no project can be paid for. Supported
 * projects that cost nothing are chosen up front; projects nobody supports are never chosen.
 *
 * <p>The run loop ({@link Run#execute}) reads like that. It is fast thanks to three speed-ups, each in its
 * own class with its own explanation:
 * <ul>
 * <li>{@link BudgetLevels}: voters who paid in full for the same projects share one level of money, kept
 * exactly over one shared denominator and approximately in fixed point;</li>
 * <li>{@link PaymentSearch}: a project's payment is found by walking its supporters' levels from poor to
 * rich, on the approximations where the error bound allows, exactly otherwise;</li>
 * <li>{@link SkipProof}: for iterated MES, the proof that the runs for the next shares repeat this one.</li>
 * </ul>
 * And one more in the loop itself: the smallest payment of a project can only grow as voters spend, so
 * last step's value is a lower bound; projects are looked at in order of that bound and the search stops
 * as soon as the bound exceeds the best found.
 */
final class EqualShares {

    static final String PHASE = "equal-shares";

    private final Instance instance;
    private final SupportGroups groups;
    private final Satisfaction satisfaction;
    private final int[] rank;

    EqualShares(Instance instance, SupportGroups groups, Satisfaction satisfaction, int[] rank) {
        this.instance = instance;
        this.groups = groups;
        this.satisfaction = satisfaction;
        this.rank = rank;
    }

    /**
     * One run of MES where every voter starts with {@code share}. Returns the chosen projects in order.
     * Stops early (the result is then only known to cost more) once the chosen projects cost more than
     * {@code stopAbove}. Writes its reasons into {@code decisions} when that is not null.
     */
    List<Integer> run(Fraction share, long stopAbove, Decisions decisions, String tieBreak) {
        return new Run(share, decisions, tieBreak).execute(stopAbove);
    }

    /**
     * A run at starting share t, and how many further amounts the share may grow with provably the same
     * run: for every d with 0 <= d <= {@code sameFor}, MES with starting share t + d makes exactly the same
     * purchases in the same order (only meaningful when the run was not stopped early).
     */
    record Tracked(List<Integer> chosen, long sameFor) {
    }

    /**
     * {@link #run} without explanations, also trying to prove that the run stays the same while the share
     * grows by up to {@code delta} (a power of two; halved inside the run as needed, 0 when not even 1
     * can be proven); see {@link SkipProof}.
     */
    Tracked runTracked(Fraction share, long stopAbove, String tieBreak, long delta) {
        Run run = new Run(share, null, tieBreak);
        run.proof = new SkipProof(run, delta);
        List<Integer> chosen = run.execute(stopAbove);
        return new Tracked(chosen, run.proof.sameFor());
    }

    /** Projects MES can buy: supported, with a positive cost. */
    boolean isCandidate(int p) {
        return groups.supporters[p] > 0 && instance.project(p).cost() > 0;
    }

    /** One run: the voters' money (inherited: levels and payment search) and what the loop knows of each project. */
    private final class Run extends PaymentSearch {

        private final Decisions decisions;
        private final String tieBreak;
        /** A lower bound on each project's payment per unit of satisfaction (its last evaluation's low end). */
        private final Fraction[] bound;
        private final PaymentRange[] evaluation;
        private final boolean[] active;

        Run(Fraction share, Decisions decisions, String tieBreak) {
            super(EqualShares.this.instance, EqualShares.this.groups, share);
            this.decisions = decisions;
            this.tieBreak = tieBreak;
            int n = instance.size();
            bound = new Fraction[n];
            evaluation = new PaymentRange[n];
            active = new boolean[n];
        }

        /**
         * Free supported projects first; then, step by step, evaluate the active projects in order of their
         * bound (until the bound passes the best found), drop the unaffordable, buy the best (ties by the
         * tie-break), until nothing can be bought or the cost passes {@code stopAbove}.
         */
        List<Integer> execute(long stopAbove) {
            List<Integer> chosen = new ArrayList<>();
            long cost = 0;
            List<Integer> activeList = new ArrayList<>();
            for (int p = 0; p < instance.size(); p++) {
                long c = instance.project(p).cost();
                long supporters = groups.supporters[p];
                if (supporters == 0) {
                    if (decisions != null) {
                        decisions.reject(p, PHASE, Reason.NobodySupports::new);
                    }
                } else if (c == 0) {
                    chosen.add(p);
                    if (decisions != null) {
                        decisions.choose(p, PHASE, () -> new Reason.CostsNothing(supporters));
                    }
                } else {
                    active[p] = true;
                    activeList.add(p);
                    // nobody has spent anything yet: all supporters pay cost / supporters
                    bound[p] = perSatisfaction(Fraction.of(c, supporters), c);
                }
            }
            List<Integer> evaluated = new ArrayList<>();
            while (!activeList.isEmpty() && cost <= stopAbove) {
                activeList.sort((a, b) -> {
                    int byBound = bound[a].compareTo(bound[b]);
                    return byBound != 0 ? byBound : Integer.compare(rank[a], rank[b]);
                });
                int best = -1; // smallest upper end so far
                evaluated.clear();
                for (int p : activeList) {
                    if (best >= 0 && bound[p].compareTo(evaluation[best].high()) > 0) {
                        break; // its payment can only be higher than its bound
                    }
                    PaymentRange e = evaluate(p, false);
                    if (!e.affordable()) {
                        active[p] = false;
                        if (tracking()) {
                            proof.unaffordable(e);
                        }
                        continue;
                    }
                    evaluation[p] = e;
                    bound[p] = e.low();
                    if (tracking()) {
                        proof.evaluated(p, e);
                    }
                    evaluated.add(p);
                    if (best < 0 || e.high().compareTo(evaluation[best].high()) < 0) {
                        best = p;
                    }
                }
                activeList.removeIf(p -> !active[p]);
                if (best < 0) {
                    break;
                }
                List<Integer> tied = winners(evaluated, best);
                tied.sort((a, b) -> Integer.compare(rank[a], rank[b]));
                int pick = tied.get(0);
                if (tied.size() > 1 && decisions != null) {
                    decisions.tie(PHASE, tied, tieBreak);
                }
                if (tracking()) {
                    proof.purchase(activeList, pick, q -> evaluation[q] != null ? evaluation[q].low() : bound[q],
                            evaluation[pick].high(), satisfaction);
                }
                buy(pick, evaluation[pick]);
                active[pick] = false;
                activeList.remove((Integer) pick);
                chosen.add(pick);
                cost += instance.project(pick).cost();
            }
            return chosen;
        }

        /**
         * The projects with the smallest payment per unit of satisfaction. Only projects whose range
         * reaches down to the best upper end can win; if that is more than one, they are evaluated exactly.
         */
        private List<Integer> winners(List<Integer> evaluated, int best) {
            List<Integer> candidates = new ArrayList<>();
            for (int q : evaluated) {
                if (evaluation[q].low().compareTo(evaluation[best].high()) <= 0) {
                    candidates.add(q);
                }
            }
            if (candidates.size() == 1) {
                return candidates;
            }
            Fraction min = null;
            for (int q : candidates) {
                if (!evaluation[q].exact()) {
                    evaluation[q] = evaluate(q, true);
                }
                Fraction rho = evaluation[q].low();
                if (min == null || rho.compareTo(min) < 0) {
                    min = rho;
                }
            }
            List<Integer> tied = new ArrayList<>();
            for (int q : candidates) {
                if (evaluation[q].low().equals(min)) {
                    tied.add(q);
                }
            }
            return tied;
        }

        /** Satisfaction a supporter gets from a project: its cost, or 1. */
        private long unit(int p) {
            return satisfaction == Satisfaction.COST ? instance.project(p).cost() : 1;
        }

        /** Payment per unit of satisfaction, the number MES minimises. */
        private Fraction perSatisfaction(Fraction pay, long cost) {
            return satisfaction == Satisfaction.COST ? pay.dividedBy(cost) : pay;
        }

        /**
         * The smallest payment at which p's supporters can pay for it (see {@link PaymentSearch}); notes why
         * it was dropped when they cannot.
         */
        private PaymentRange evaluate(int p, boolean exactly) {
            tally(p);
            PaymentRange e = exactly || shift == EXACT ? null : approximately(p, unit(p));
            if (e == null) {
                e = exactly(p, unit(p));
            }
            if (!e.affordable() && decisions != null) {
                long cost = instance.project(p).cost();
                BigInteger moneyLeft = moneyOf(touched, touchedCount);
                BigInteger denominator = den;
                int step = decisions.chosenCount() + 1;
                long currencyUnit = instance.currencyUnit();
                decisions.reject(p, PHASE, () -> new Reason.SupportersCannotAfford(groups.supporters[p],
                        decisions.money(cost), Fraction.of(moneyLeft, denominator).dividedBy(currencyUnit), step));
            }
            clearTally();
            return e;
        }

        /** Buys p (see {@link BudgetLevels#pay}) and notes why. */
        private void buy(int p, PaymentRange e) {
            BigInteger[] before = decisions == null ? null : new BigInteger[1];
            BigInteger pay = pay(p, e.poorLevels(), e.poorCount(), e.payers(), before);
            if (decisions != null) {
                long supporters = groups.supporters[p];
                long poor = supporters - e.payers();
                long cost = instance.project(p).cost();
                BigInteger denominator = den;
                long currencyUnit = instance.currencyUnit();
                decisions.choose(p, PHASE, () -> new Reason.BoughtWithEqualShares(supporters, decisions.money(cost),
                        Fraction.of(pay, denominator).dividedBy(currencyUnit), satisfaction, poor,
                        Fraction.of(before[0], denominator).dividedBy(currencyUnit)));
            }
        }
    }
}
