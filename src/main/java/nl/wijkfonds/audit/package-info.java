/**
 * The audit trail: an append-only record of every state change that matters, written in the same transaction as
 * the change, for auditors who trust nobody.
 */
package nl.wijkfonds.audit;
