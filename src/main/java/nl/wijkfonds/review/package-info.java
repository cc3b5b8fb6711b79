/**
 * The review of plans: officials check every submitted plan against its round's eligibility criteria
 * ({@link nl.wijkfonds.review.ReviewRules}), one reviewer per plan, and a second official confirms each decision
 * before it takes effect (four eyes). A decision admits the plan (possibly at the municipality's own estimate of the
 * cost), rejects it, or asks its submitter for changes; an ineligible plan may be appealed once, and an official who
 * took no part in the first decision reviews it again. Confirmed decisions and their reasons are public. See
 * docs/review.md.
 */
package nl.wijkfonds.review;
