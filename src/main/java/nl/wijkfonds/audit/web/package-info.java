/**
 * The auditors' view of the audit trail.
 */
package nl.wijkfonds.audit.web;
