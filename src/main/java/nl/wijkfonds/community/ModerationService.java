package nl.wijkfonds.community;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.shared.Validation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moderation of comments: anyone signed in reports a comment once, with a reason; officials work through the queue
 * of reported comments and hide one (with a reason shown in its place) or keep it. Every step writes an audit event
 * about the comment, naming people by public id.
 */
@Stateless
public class ModerationService {

    private static final String COMMENT = "comment";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Validation validation;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    /** A visible comment, to report; a hidden or unknown one is "not found". */
    @RolesAllowed(Role.ACCOUNT)
    public ReportedComment reportable(long commentId) {
        PlanComment comment = comment(commentId);
        if (comment.isHidden()) {
            throw new NotFoundException("community.comment.notFound");
        }
        return view(comment, List.of());
    }

    /** The signed-in person reports the comment, once. */
    @RolesAllowed(Role.ACCOUNT)
    public void report(long commentId, ModerationNote note) {
        validation.check(note);
        PlanComment comment = comment(commentId);
        if (comment.isHidden()) {
            throw new DomainException("community.moderation.alreadyHidden");
        }
        Account me = caller.me();
        boolean reported = em.createQuery("select count(r) from CommentReport r where r.comment = :comment"
                        + " and r.reporter = :me", Long.class)
                .setParameter("comment", comment)
                .setParameter("me", me)
                .getSingleResult() > 0;
        if (reported) {
            throw new DomainException("community.report.already");
        }
        em.persist(new CommentReport(comment, me, note.reason(), now()));
        em.flush();
        auditLog.record("community.comment-reported", COMMENT, commentId, null, Map.of("plan",
                comment.getPlan().getId()));
    }

    /** The comments with reports no moderator handled yet, oldest report first. */
    @RolesAllowed(Role.OFFICIAL)
    public List<ReportedComment> queue() {
        Map<PlanComment, List<String>> reasons = new LinkedHashMap<>();
        em.createQuery("select r from CommentReport r where r.handledAt is null order by r.reportedAt, r.id",
                        CommentReport.class)
                .getResultList()
                .forEach(r -> reasons.computeIfAbsent(r.getComment(), c -> new ArrayList<>())
                        .add(r.getReason()));
        return reasons.entrySet().stream().map(e -> view(e.getKey(), e.getValue())).toList();
    }

    /** One comment with its open reports, for the moderator's decision. */
    @RolesAllowed(Role.OFFICIAL)
    public ReportedComment forModeration(long commentId) {
        PlanComment comment = comment(commentId);
        return view(comment, openReports(comment).stream().map(CommentReport::getReason).toList());
    }

    /** The official hides the comment; the reason stays visible in its place, and its reports are handled. */
    @RolesAllowed(Role.OFFICIAL)
    public void hide(long commentId, ModerationNote note) {
        validation.check(note);
        PlanComment comment = comment(commentId);
        comment.hide(caller.me(), note.reason(), now());
        handleReports(comment);
        em.flush();
        auditLog.record("community.comment-hidden", COMMENT, commentId, null, Map.of("plan",
                comment.getPlan().getId(), "reason", comment.getHiddenReason()));
    }

    /** The official keeps the comment visible: its reports are handled. */
    @RolesAllowed(Role.OFFICIAL)
    public void keep(long commentId) {
        PlanComment comment = comment(commentId);
        if (comment.isHidden()) {
            throw new DomainException("community.moderation.alreadyHidden");
        }
        int handled = handleReports(comment);
        auditLog.record("community.comment-kept", COMMENT, commentId, null, Map.of("plan",
                comment.getPlan().getId(), "reports", handled));
    }

    private int handleReports(PlanComment comment) {
        List<CommentReport> open = openReports(comment);
        open.forEach(r -> r.handled(now()));
        return open.size();
    }

    private List<CommentReport> openReports(PlanComment comment) {
        return em.createQuery("select r from CommentReport r where r.comment = :comment and r.handledAt is null"
                        + " order by r.reportedAt, r.id", CommentReport.class)
                .setParameter("comment", comment)
                .getResultList();
    }

    private static ReportedComment view(PlanComment c, List<String> reasons) {
        return new ReportedComment(c.getId(), c.getPlan().getId(), c.getPlan().getTitle(),
                c.getAuthor().getDisplayName(), c.getCreatedAt(), c.getBody(), c.isHidden(), c.getHiddenReason(),
                List.copyOf(reasons));
    }

    private PlanComment comment(long commentId) {
        PlanComment comment = em.find(PlanComment.class, commentId);
        if (comment == null || !comment.getPlan().getStatus().isPublic()) {
            throw new NotFoundException("community.comment.notFound");
        }
        return comment;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
