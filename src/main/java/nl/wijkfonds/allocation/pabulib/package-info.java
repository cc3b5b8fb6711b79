/**
 * Reading and writing the pabulib {@code .pb} file format (META, PROJECTS and VOTES sections,
 * {@code ;}-separated, quoted fields), the exchange format of participatory-budgeting data and the input
 * of the recount tool. A broken file is rejected as a whole with the line and the problem.
 */
package nl.wijkfonds.allocation.pabulib;
