package nl.wijkfonds.results;

import nl.wijkfonds.allocation.Completion;
import nl.wijkfonds.allocation.Rule;
import nl.wijkfonds.allocation.Rules;
import nl.wijkfonds.allocation.Satisfaction;

import java.util.Locale;

/**
 * The allocation rule a round's ballots are counted by, chosen by an official before voting opens. Each is one of
 * the engine's rules with fixed parameters, named as the recount tool names them, so that anyone can repeat the
 * count from the published ballot file with the published rule.
 */
public enum CountingRule {

    /** Most votes first: the plans in order of their number of votes, each taken when it still fits the budget. */
    GREEDY("greedy-cost", Completion.NONE),

    /**
     * The Method of Equal Shares (cost satisfaction): every voter gets an equal share of the budget to spend on
     * the plans they voted for; completed by raising the budget in steps of 1 % while the outcome fits, then by
     * greedy for what is left.
     */
    EQUAL_SHARES("mes-cost", Completion.BUDGET_INCREASE);

    /** The rule of a round whose official chose none. */
    public static final CountingRule DEFAULT = EQUAL_SHARES;

    private final String engineName;
    private final Completion completion;

    CountingRule(String engineName, Completion completion) {
        this.engineName = engineName;
        this.completion = completion;
    }

    /** The engine's (and the recount tool's) name of the rule, e.g. {@code mes-cost}. */
    public String engineName() {
        return engineName;
    }

    public Completion completion() {
        return completion;
    }

    public Rule engineRule() {
        return Rules.byName(engineName, completion);
    }

    public Satisfaction satisfaction() {
        return Satisfaction.COST;
    }

    /** The recount tool's arguments that repeat this count on a ballot file. */
    public String recountArguments() {
        return "--rule " + engineName + (completion == Completion.NONE ? "" : " --completion " + completion.label())
                + " --tie-break platform";
    }

    public String messageKey() {
        return "results.rule." + name().toLowerCase(Locale.ROOT);
    }
}
