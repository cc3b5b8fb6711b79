package nl.wijkfonds.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.wijkfonds.community.ReportedComment;
import nl.wijkfonds.web.Feedback;

/** An official's decision on one comment ({@code /official/community/comment?id=}): hide it with a reason, or keep it. */
@Named("moderation")
@ViewScoped
public class ModerationBean extends CommentNoteBean {

    private static final String QUEUE = "/official/community/moderation?faces-redirect=true";

    @Override
    protected ReportedComment find(long commentId) {
        return moderation.forModeration(commentId);
    }

    public String hide() {
        moderation.hide(commentId(), note());
        Feedback.doneAfterRedirect("community.moderation.hidden");
        return QUEUE;
    }

    public String keep() {
        moderation.keep(commentId());
        Feedback.doneAfterRedirect("community.moderation.kept");
        return QUEUE;
    }
}
