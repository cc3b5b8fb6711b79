/**
 * The recount tool auditors run on their own machines ({@code target/wijkfonds-recount.jar}): reads a
 * pabulib file, runs one rule, prints the chosen projects, the explanation or JSON. Exit code 0 on
 * success, 2 on bad arguments or bad input, never a stack trace.
 */
package nl.wijkfonds.allocation.cli;
