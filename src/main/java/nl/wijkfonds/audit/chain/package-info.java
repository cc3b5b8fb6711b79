/**
 * The audit trail's proofs in plain Java (no Jakarta, so the auditors' command-line verifier runs on a bare JDK):
 * the SHA-256 chain of events, the keyed HMAC on each event and on the chain's head, the Ed25519-signed head
 * statements, the export format, and {@link nl.wijkfonds.audit.chain.TrailCheck}, the one check that the
 * auditors' page and {@link nl.wijkfonds.audit.chain.VerifyTrail} both run.
 */
package nl.wijkfonds.audit.chain;
