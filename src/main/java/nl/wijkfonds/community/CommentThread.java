package nl.wijkfonds.community;

import java.util.List;

/** A plan's conversation: its comments (oldest first, with their replies), whether it is open, who may write. */
public record CommentThread(List<CommentView> comments, long count, boolean open, boolean mayComment,
                            boolean mayReport) {
}
