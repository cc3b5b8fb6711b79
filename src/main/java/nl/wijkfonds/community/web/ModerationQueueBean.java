package nl.wijkfonds.community.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.community.ModerationService;
import nl.wijkfonds.community.ReportedComment;

import java.util.List;

/** The officials' queue of reported comments. */
@Named("moderationQueue")
@RequestScoped
public class ModerationQueueBean {

    @Inject
    private ModerationService moderation;

    private List<ReportedComment> queue;

    public List<ReportedComment> getQueue() {
        if (queue == null) {
            queue = moderation.queue();
        }
        return queue;
    }
}
