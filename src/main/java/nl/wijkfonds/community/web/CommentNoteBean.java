package nl.wijkfonds.community.web;

import jakarta.inject.Inject;
import nl.wijkfonds.community.ModerationNote;
import nl.wijkfonds.community.ModerationService;
import nl.wijkfonds.community.ReportedComment;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;

/**
 * A page about one comment named by {@code ?id=} on which someone writes a reason: reporting it, or moderating it.
 * Subclasses say which comments their page may show.
 */
abstract class CommentNoteBean implements Serializable {

    @Inject
    protected ModerationService moderation;

    @Inject
    private Validation validation;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> idParameter;

    private transient ReportedComment comment;
    private String reason;

    /** The comment as this page may show it; one it may not is "not found". */
    protected abstract ReportedComment find(long commentId);

    public void load() {
        getComment();
    }

    /** The reason as typed, checked. */
    protected ModerationNote note() {
        ModerationNote note = new ModerationNote(reason);
        validation.check(note);
        return note;
    }

    /** The comment's text as safe HTML. */
    public String getHtml() {
        return CommentText.html(getComment().body());
    }

    public ReportedComment getComment() {
        if (comment == null) {
            comment = find(commentId());
        }
        return comment;
    }

    /** From the address, also on a post: the form posts back to it, so an old tab still names its comment. */
    protected long commentId() {
        return PageIds.required(idParameter);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
