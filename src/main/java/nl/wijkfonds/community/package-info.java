/**
 * What residents do together while plans are being submitted: they support plans (once each, and a round may ask a
 * number of supporters before a plan enters review), discuss them in moderated comments, follow them for a daily
 * digest, and find them on a map. See docs/community.md.
 */
package nl.wijkfonds.community;
