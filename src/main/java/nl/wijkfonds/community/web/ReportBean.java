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

/** Reporting a comment ({@code /account/report?id=}): anyone signed in, once per comment, with a reason. */
@Named("commentReport")
@ViewScoped
public class ReportBean implements Serializable {

    @Inject
    private ModerationService moderation;

    @Inject
    private Validation validation;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> idParameter;

    private transient ReportedComment comment;
    private String reason;

    /** The visible comment named by {@code ?id=}; a hidden or unknown one is "not found". */
    public void load() {
        getComment();
    }

    public String submit() {
        ModerationNote note = new ModerationNote(reason);
        validation.check(note);
        long planId = getComment().planId();
        moderation.report(commentId(), note);
        Feedback.doneAfterRedirect("community.report.done");
        return "/plannen/plan?faces-redirect=true&id=" + planId;
    }

    /** The comment's text as safe HTML. */
    public String getHtml() {
        return CommentText.html(getComment().body());
    }

    public ReportedComment getComment() {
        if (comment == null) {
            comment = moderation.reportable(commentId());
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
