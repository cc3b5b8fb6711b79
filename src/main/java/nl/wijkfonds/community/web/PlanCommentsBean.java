package nl.wijkfonds.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.community.CommentDraft;
import nl.wijkfonds.community.CommentService;
import nl.wijkfonds.community.CommentThread;
import nl.wijkfonds.community.CommentView;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The conversation on a plan's public page: the comments, and the form to write one or to reply to the comment named
 * by {@code ?antwoord=} (a link under each comment), so that one form serves both.
 */
@Named("planComments")
@ViewScoped
public class PlanCommentsBean implements Serializable {

    @Inject
    private CommentService comments;

    @Inject
    private Validation validation;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> id;

    @Inject
    @Param(name = "antwoord")
    private ParamValue<Long> replyTo;

    private String body;
    private transient CommentThread thread;

    public CommentThread getThread() {
        if (thread == null) {
            thread = comments.thread(PageIds.required(id));
        }
        return thread;
    }

    /**
     * The comment being answered, when the visitor chose to reply to one of this plan (a reply to a reply goes
     * under the same comment: the service files it there).
     */
    public CommentView getReplyingTo() {
        Long parent = replyTo.getValue();
        return parent == null ? null : getThread().comments().stream()
                .flatMap(c -> Stream.concat(Stream.of(c), c.replies().stream()))
                .filter(c -> c.id() == parent)
                .findFirst().orElse(null);
    }

    public void send() {
        CommentDraft draft = new CommentDraft(body, Optional.ofNullable(getReplyingTo()).map(CommentView::id)
                .orElse(null));
        validation.check(draft);
        comments.comment(PageIds.required(id), draft);
        Feedback.doneAfterRedirect(draft.replyTo() == null ? "community.comment.sent" : "community.comment.replied");
        Faces.redirect(Faces.getRequestURI() + "#comments");
    }

    /** A comment's text as safe HTML (links marked as user content). */
    public String html(String text) {
        return CommentText.html(text);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
