package nl.wijkfonds.community;

/**
 * Whether the visitor may follow the plan (a verified resident, not its submitter) and whether they do; and whether
 * the visitor is its submitter (who may place it on the map).
 */
public record FollowView(boolean mayFollow, boolean following, boolean submitter) {
}
