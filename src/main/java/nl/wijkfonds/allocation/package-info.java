/**
 * The allocation engine: decides which projects of a participatory-budgeting round are funded. Plain
 * Java with no dependencies, so auditors can rerun it anywhere. A {@link nl.wijkfonds.allocation.Rule} is a
 * function of an {@link nl.wijkfonds.allocation.Instance} (projects, costs, budget limit), a
 * {@link nl.wijkfonds.allocation.Profile} (ballots) and a {@link nl.wijkfonds.allocation.TieBreak}, and
 * returns an {@link nl.wijkfonds.allocation.Outcome} that explains every decision. Arithmetic is exact
 * (money as {@code long}, shares and loads as fractions); no floating point anywhere.
 */
package nl.wijkfonds.allocation;
