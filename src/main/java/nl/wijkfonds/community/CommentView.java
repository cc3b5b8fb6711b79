package nl.wijkfonds.community;

import java.time.Instant;
import java.util.List;

/**
 * A comment as a plan's page shows it: the author's name, whether the plan's submitter wrote it, its text (null
 * when hidden, then the moderator's reason instead) and its replies, oldest first.
 */
public record CommentView(long id, String author, boolean bySubmitter, Instant createdAt, String body,
                          String hiddenReason, List<CommentView> replies) {

    public boolean hidden() {
        return hiddenReason != null;
    }
}
