/**
 * The community's pages: support on a plan's page, and the officials' support settings and list with its CSV.
 */
package nl.wijkfonds.community.web;
