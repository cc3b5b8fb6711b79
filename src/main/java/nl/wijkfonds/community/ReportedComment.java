package nl.wijkfonds.community;

import java.time.Instant;
import java.util.List;

/** A comment as moderators see it: where, by whom, its text, and the reports waiting for a moderator. */
public record ReportedComment(long id, long planId, String planTitle, String author, Instant createdAt, String body,
                              boolean hidden, String hiddenReason, List<String> reasons) {
}
