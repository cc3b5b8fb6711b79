/**
 * The web layer every domain shares: languages and formats for pages, messages beside fields, the money converter,
 * security headers, error pages and problem documents. Domains keep their own pages in their {@code web} package
 * and build on this one; nothing here knows a domain.
 */
package nl.wijkfonds.web;
