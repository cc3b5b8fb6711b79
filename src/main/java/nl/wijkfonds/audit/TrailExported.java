package nl.wijkfonds.audit;

/**
 * Fired when someone downloads the whole audit trail: the export holds who did what to which subject, so the
 * security log records it like any export of personal data (identity observes this; audit cannot know identity).
 */
public record TrailExported(long events) {
}
