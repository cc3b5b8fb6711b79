/**
 * The plumbing under every domain: settings, the data source, schema migration, the readiness check, the clock and
 * the language bundles. Knows no domain and no web type.
 */
package nl.wijkfonds.platform;
