/**
 * Demo data for trying the platform: a round with themes and neighbourhoods, one account per role and, on request,
 * many plans. Loaded once into an empty database when {@code WIJKFONDS_DEMO=true}; never in a real round.
 */
package nl.wijkfonds.demo;
