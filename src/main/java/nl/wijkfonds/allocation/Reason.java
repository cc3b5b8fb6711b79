package nl.wijkfonds.allocation;

import java.util.Map;

/**
 * Why a project was or was not chosen, as data: one record per reason, holding the exact figures behind
 * it. Money is in currency units (an exact {@link Fraction}: 107/5 is 21.40, whatever the instance's
 * decimals). {@link ExplanationText} turns a reason into a sentence in Dutch or English; {@link #figures()}
 * lists the figures by name (in English, exact values) for the recount tool's JSON and for auditors.
 * {@link #code()} is a stable name for the reason, for programs that read outcomes.
 */
public sealed interface Reason {

    /** A stable name of the reason, e.g. {@code bought-with-equal-shares}. */
    String code();

    /** The figures behind the reason, by name, in a fixed order; fractions exact, then rounded. */
    Map<String, String> figures();

    /**
     * Method of Equal Shares, chosen: the supporters could pay for it; each paid at most
     * {@code maxPayment} (those with less paid all they had left: {@code paidAllTheyHad} voters).
     */
    record BoughtWithEqualShares(long supporters, Fraction cost, Fraction maxPayment, Satisfaction satisfaction,
                                 long paidAllTheyHad, Fraction moneyBefore) implements Reason {
        public String code() {
            return "bought-with-equal-shares";
        }

        /** The number MES minimises: payment per unit of satisfaction (per unit of cost, or per project). */
        public Fraction paymentPerSatisfaction() {
            return satisfaction == Satisfaction.COST ? maxPayment.dividedBy(cost) : maxPayment;
        }

        public Fraction moneyAfter() {
            return moneyBefore.minus(cost);
        }

        public Map<String, String> figures() {
            return Decisions.figures("supporters", supporters, "cost", cost, "max payment per supporter", maxPayment,
                    "payment per unit of " + satisfaction.label() + " satisfaction", paymentPerSatisfaction(),
                    "supporters paying all they had", paidAllTheyHad, "supporters' money before", moneyBefore,
                    "supporters' money left", moneyAfter());
        }
    }

    /** Chosen before anything else: it has supporters and costs nothing. */
    record CostsNothing(long supporters) implements Reason {
        public String code() {
            return "costs-nothing";
        }

        public Map<String, String> figures() {
            return Decisions.figures("supporters", supporters, "cost", 0);
        }
    }

    /** Not chosen: no ballot names it. */
    record NobodySupports() implements Reason {
        public String code() {
            return "nobody-supports";
        }

        public Map<String, String> figures() {
            return Decisions.figures("supporters", 0);
        }
    }

    /** Method of Equal Shares, not chosen: together the supporters had less money left than it costs. */
    record SupportersCannotAfford(long supporters, Fraction cost, Fraction moneyLeft, int droppedBeforeStep)
            implements Reason {
        public String code() {
            return "supporters-cannot-afford";
        }

        public Fraction shortfall() {
            return cost.minus(moneyLeft);
        }

        public Map<String, String> figures() {
            return Decisions.figures("supporters", supporters, "cost", cost, "supporters' money left", moneyLeft,
                    "shortfall", shortfall(), "dropped before step", droppedBeforeStep);
        }
    }

    /**
     * Greedy (also the last stage of a completion), chosen: at its place in the greedy order it still fitted
     * in what was left of the budget.
     */
    record FitsBudget(long supporters, Satisfaction order, int position, Fraction budgetLeft, Fraction cost)
            implements Reason {
        public String code() {
            return "fits-budget";
        }

        public Map<String, String> figures() {
            return Decisions.figures("supporters", supporters, "score", score(order, supporters, cost),
                    "position in greedy order", position, "budget left before", budgetLeft,
                    "budget left after", budgetLeft.minus(cost));
        }
    }

    /** Greedy (also the last stage of a completion), not chosen: it cost more than what was left. */
    record DoesNotFitBudget(long supporters, Satisfaction order, int position, Fraction budgetLeft, Fraction cost)
            implements Reason {
        public String code() {
            return "does-not-fit-budget";
        }

        public Map<String, String> figures() {
            return Decisions.figures("supporters", supporters, "score", score(order, supporters, cost),
                    "position in greedy order", position, "budget left when considered", budgetLeft);
        }
    }

    /** Phragmén, chosen: its supporters could pay for it earliest; their load becomes {@code load}. */
    record LowestLoad(long supporters, Fraction cost, Fraction load, Fraction budgetLeftAfter) implements Reason {
        public String code() {
            return "lowest-load";
        }

        public Map<String, String> figures() {
            return Decisions.figures("supporters", supporters, "cost", cost, "new load of its supporters", load,
                    "budget left after", budgetLeftAfter);
        }
    }

    /** Phragmén, chosen at the end: nobody supports it, but it fitted and nothing else was left. */
    record FitsWithoutSupporters(Fraction cost, Fraction budgetLeftAfter) implements Reason {
        public String code() {
            return "fits-without-supporters";
        }

        public Map<String, String> figures() {
            return Decisions.figures("supporters", 0, "cost", cost, "new load of its supporters", "infinite",
                    "budget left after", budgetLeftAfter);
        }
    }

    /** Phragmén, not chosen: it costs more than the whole budget. */
    record CostsMoreThanBudget(Fraction cost, Fraction budget) implements Reason {
        public String code() {
            return "costs-more-than-budget";
        }

        public Map<String, String> figures() {
            return Decisions.figures("cost", cost, "budget", budget);
        }
    }

    /**
     * Phragmén, not chosen: it was next in line but did not fit, and there the rule stops; {@code lowestLoad}
     * is null when nobody supports it (infinite).
     */
    record RuleStoppedHere(long supporters, Fraction cost, Fraction lowestLoad, Fraction budgetLeft) implements Reason {
        public String code() {
            return "rule-stopped-here";
        }

        public Map<String, String> figures() {
            return Decisions.figures("supporters", supporters, "cost", cost, "lowest possible new load",
                    lowestLoad == null ? "infinite" : lowestLoad, "budget left", budgetLeft);
        }
    }

    /** Phragmén, not chosen: the rule stopped earlier, at project {@code stoppedAt}. */
    record NotReached(String stoppedAt, long supporters, Fraction cost, Fraction lowestLoad, Fraction budgetLeft)
            implements Reason {
        public String code() {
            return "not-reached";
        }

        public Map<String, String> figures() {
            return Decisions.figures("stopped at project", stoppedAt, "supporters", supporters, "cost", cost,
                    "lowest possible new load", lowestLoad == null ? "infinite" : lowestLoad,
                    "budget left", budgetLeft);
        }
    }

    /** The rule never looked at it (for example: it stopped before). */
    record NotConsidered() implements Reason {
        public String code() {
            return "not-considered";
        }

        public Map<String, String> figures() {
            return Map.of();
        }
    }

    /** The greedy score: supporters per unit of cost (cost satisfaction: supporters), "free" or "0". */
    private static Object score(Satisfaction order, long supporters, Fraction cost) {
        if (supporters == 0) {
            return "0";
        }
        if (cost.isZero()) {
            return "free";
        }
        return order == Satisfaction.COST ? Fraction.of(supporters) : Fraction.of(supporters).dividedBy(cost);
    }
}
