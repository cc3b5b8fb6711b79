package nl.wijkfonds.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.community.ModerationNote;
import nl.wijkfonds.community.ModerationService;
import nl.wijkfonds.community.ReportedComment;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;

/** An official's decision on one comment ({@code /official/community/comment?id=}): hide it with a reason, or keep it. */
@Named("moderation")
@ViewScoped
public class ModerationBean implements Serializable {

    private static final String QUEUE = "/official/community/moderation?faces-redirect=true";

    @Inject
    private ModerationService moderation;

    @Inject
    private Validation validation;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> idParameter;

    private transient ReportedComment comment;
    private String reason;

    public void load() {
        getComment();
    }

    public String hide() {
        ModerationNote note = new ModerationNote(reason);
        validation.check(note);
        moderation.hide(commentId(), note);
        Feedback.doneAfterRedirect("community.moderation.hidden");
        return QUEUE;
    }

    public String keep() {
        moderation.keep(commentId());
        Feedback.doneAfterRedirect("community.moderation.kept");
        return QUEUE;
    }

    public String getHtml() {
        return CommentText.html(getComment().body());
    }

    public ReportedComment getComment() {
        if (comment == null) {
            comment = moderation.forModeration(commentId());
        }
        return comment;
    }

    /** From the address, also on a post: the form posts back to it, so an old tab still names its comment. */
    private long commentId() {
        return PageIds.required(idParameter);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
