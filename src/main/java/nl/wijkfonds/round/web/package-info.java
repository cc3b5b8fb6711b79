/**
 * The round's pages: the public home page and the officials' round form and overview. Beans hold view state and
 * call one service method per action.
 */
package nl.wijkfonds.round.web;
