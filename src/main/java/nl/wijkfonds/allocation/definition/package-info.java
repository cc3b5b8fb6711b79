/**
 * The rules as their definitions read: short, plain, slow. This is what an auditor reads to know what the
 * platform computes. Each class follows one rule step by step, voter by voter (a ballot of weight w counts
 * as w voters), with exact fractions of currency units and no speed-up of any kind; the fast engine in
 * {@code nl.wijkfonds.allocation} must choose exactly the same projects in the same order, which the tests
 * check on every reference instance and on generated rounds. The definitions follow the reference library
 * (pabutools) and its plain version of the Method of Equal Shares.
 */
package nl.wijkfonds.allocation.definition;
