/**
 * Small value types and rules that every domain uses: money in euro cents, domain refusals with message keys,
 * plain-text validation.
 */
package nl.wijkfonds.shared;
