/**
 * The review's pages: the officials' dashboard per round, the criteria set-up, one plan's review (assign, declare a
 * conflict, assess, confirm or return), the submitter's appeal, and the public decisions on a plan's page.
 */
package nl.wijkfonds.review.web;
