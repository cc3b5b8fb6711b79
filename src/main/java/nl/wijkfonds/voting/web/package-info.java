/**
 * The voting pages: the voter's ballot (code and postcode, choosing, review, receipt), the officials' voting page
 * (rules, register import, code letters, opening and closing, turnout), ballot texts, assisted paper voting and the
 * public rules of the game.
 */
package nl.wijkfonds.voting.web;
