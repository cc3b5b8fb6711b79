package nl.wijkfonds.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.wijkfonds.community.ModerationNote;
import nl.wijkfonds.community.ReportedComment;
import nl.wijkfonds.web.Feedback;

/** Reporting a comment ({@code /account/report?id=}): anyone signed in, once per comment, with a reason. */
@Named("commentReport")
@ViewScoped
public class ReportBean extends CommentNoteBean {

    /** Only a visible comment can be reported; a hidden or unknown one is "not found". */
    @Override
    protected ReportedComment find(long commentId) {
        return moderation.reportable(commentId);
    }

    public String submit() {
        ModerationNote note = note();
        long planId = getComment().planId();
        moderation.report(commentId(), note);
        Feedback.doneAfterRedirect("community.report.done");
        return "/plannen/plan?faces-redirect=true&id=" + planId;
    }
}
