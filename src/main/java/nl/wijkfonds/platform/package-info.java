/**
 * The plumbing under every domain: the data source and its settings, schema migration, demo data, readiness check,
 * languages, security headers and error pages.
 */
package nl.wijkfonds.platform;
