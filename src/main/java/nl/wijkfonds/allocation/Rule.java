package nl.wijkfonds.allocation;

/**
 * A voting rule: a function of the round's instance and profile, and of the tie-break, that returns the
 * chosen projects with the reasons. Rules hold only their parameters, so one rule object can be reused.
 */
public interface Rule {

    /** The rule's name as used by the recount tool, e.g. {@code mes-cost+budget-increase}. */
    String name();

    Outcome allocate(Instance instance, Profile profile, TieBreak tieBreak);
}
