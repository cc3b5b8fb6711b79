package nl.wijkfonds.community;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanStatus;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.shared.Validation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversation under a plan: verified residents comment and reply (one level) until voting opens, at most
 * {@value #PER_MINUTE} comments a minute and {@value #PER_HOUR} an hour per account; everyone reads it, with hidden
 * comments replaced by the moderator's reason. Each comment writes its audit event.
 */
@Stateless
public class CommentService {

    static final int PER_MINUTE = 5;
    static final int PER_HOUR = 30;

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

    /** The signed-in resident comments on the plan, or replies to one of its comments. */
    @RolesAllowed(Role.RESIDENT)
    public PlanComment comment(long planId, CommentDraft draft) {
        validation.check(draft);
        Plan plan = publicPlan(planId);
        if (!isOpen(plan)) {
            throw new DomainException("community.comment.closed");
        }
        PlanComment parent = null;
        if (draft.replyTo() != null) {
            parent = em.find(PlanComment.class, draft.replyTo());
            if (parent == null || !parent.getPlan().getId().equals(plan.getId())) {
                throw new DomainException("community.comment.noSuchComment");
            }
        }
        Account me = caller.me();
        checkRate(me);
        PlanComment comment = new PlanComment(plan, me, parent, draft.body(), now());
        em.persist(comment);
        em.flush();
        auditLog.record("community.commented", "plan", planId, null, Map.of("comment", comment.getId(),
                "replyTo", parent == null ? "-" : parent.thread().getId()));
        return comment;
    }

    /** The plan's conversation as the visitor sees it. */
    @PermitAll
    public CommentThread thread(long planId) {
        Plan plan = publicPlan(planId);
        Map<Long, CommentView> top = new LinkedHashMap<>();
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        List<PlanComment> all = em.createQuery("select c from PlanComment c where c.plan = :plan"
                        + " order by c.createdAt, c.id", PlanComment.class)
                .setParameter("plan", plan)
                .getResultList();
        for (PlanComment c : all) {
            if (c.getParent() == null) {
                replies.put(c.getId(), new ArrayList<>());
            }
        }
        for (PlanComment c : all) {
            if (c.getParent() != null) {
                replies.get(c.getParent().getId()).add(view(c, List.of()));
            }
        }
        for (PlanComment c : all) {
            if (c.getParent() == null) {
                top.put(c.getId(), view(c, replies.get(c.getId())));
            }
        }
        boolean open = isOpen(plan);
        boolean resident = caller.isInRole(Role.RESIDENT);
        return new CommentThread(List.copyOf(top.values()), all.size(), open, open && resident,
                caller.account().isPresent());
    }

    private static CommentView view(PlanComment c, List<CommentView> replies) {
        return new CommentView(c.getId(), c.getAuthor().getDisplayName(), c.isBySubmitter(), c.getCreatedAt(),
                c.isHidden() ? null : c.getBody(), c.isHidden() ? c.getHiddenReason() : null, List.copyOf(replies));
    }

    /** Comments close when voting opens, and on a withdrawn plan. */
    private static boolean isOpen(Plan plan) {
        return !plan.getRound().getPhase().votingHasOpened() && plan.getStatus() != PlanStatus.WITHDRAWN;
    }

    /**
     * Refuses a comment beyond the limits. The account's row is locked first, so that two comments sent at the
     * same moment are counted one after the other.
     */
    private void checkRate(Account me) {
        em.createNativeQuery("select id from account where id = ? for update").setParameter(1, me.getId())
                .getSingleResult();
        Instant now = now();
        if (since(me, now.minus(Duration.ofMinutes(1))) >= PER_MINUTE) {
            throw new DomainException("community.comment.tooFastMinute", null, PER_MINUTE);
        }
        if (since(me, now.minus(Duration.ofHours(1))) >= PER_HOUR) {
            throw new DomainException("community.comment.tooFastHour", null, PER_HOUR);
        }
    }

    private long since(Account author, Instant from) {
        return em.createQuery("select count(c) from PlanComment c where c.author = :author and c.createdAt > :from",
                        Long.class)
                .setParameter("author", author)
                .setParameter("from", from)
                .getSingleResult();
    }

    private Plan publicPlan(long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || !plan.getStatus().isPublic()) {
            throw new NotFoundException("plan.notFound");
        }
        return plan;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
