package nl.wijkfonds.community;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.notify.Outbox;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanStatus;
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.platform.Settings;
import nl.wijkfonds.results.RealisationUpdate;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.ForbiddenException;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Role;

import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Following plans and the daily digest: a verified resident follows a plan; once a day the submitter and the
 * followers of plans with new comments, support or news of their carrying out get one e-mail about all of them
 * (never two in one day, however often the job runs), through the outbox. A signed link in the mail stops digests without signing in.
 */
@Stateless
public class DigestService {

    private static final int EXCERPT = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    @Inject
    private AccountService accounts;

    @Inject
    private Outbox outbox;

    @Inject
    private UnsubscribeLinks links;

    @RolesAllowed(Role.RESIDENT)
    public void follow(long planId) {
        Plan plan = followable(planId);
        Account me = caller.me();
        int stored = em.createNativeQuery("insert ignore into plan_follow (plan_id, account_id, followed_at)"
                        + " values (?, ?, ?)")
                .setParameter(1, plan.getId()).setParameter(2, me.getId()).setParameter(3, Timestamp.from(now()))
                .executeUpdate();
        if (stored == 0) {
            throw new DomainException("community.follow.already");
        }
        // Following again after stopping digests means: send them again.
        em.createNativeQuery("update digest_state set stopped = false where account_id = ?")
                .setParameter(1, me.getId()).executeUpdate();
        auditLog.record("community.followed", "plan", planId, null, null);
    }

    @RolesAllowed(Role.RESIDENT)
    public void unfollow(long planId) {
        Plan plan = followable(planId);
        int removed = em.createNativeQuery("delete from plan_follow where plan_id = ? and account_id = ?")
                .setParameter(1, plan.getId()).setParameter(2, caller.me().getId()).executeUpdate();
        if (removed == 0) {
            throw new DomainException("community.follow.notFollowing");
        }
        auditLog.record("community.unfollowed", "plan", planId, null, null);
    }

    @PermitAll
    public FollowView followView(long planId) {
        Plan plan = followable(planId);
        Account me = caller.isInRole(Role.RESIDENT) ? caller.account().orElse(null) : null;
        if (me == null) {
            return new FollowView(false, false, false);
        }
        if (plan.isSubmittedBy(me)) {
            return new FollowView(false, false, true);
        }
        boolean following = ((Number) em.createNativeQuery("select count(*) from plan_follow where plan_id = ?"
                        + " and account_id = ?")
                .setParameter(1, plan.getId()).setParameter(2, me.getId()).getSingleResult()).longValue() > 0;
        return new FollowView(true, following, false);
    }

    /**
     * Queues today's digests: for every submitter and follower who did not get one today and did not stop them,
     * the new comments (not their own, not hidden) and new support on their plans since their last digest.
     */
    @PermitAll
    public int sendDigests() {
        Instant now = now();
        LocalDate today = LocalDate.now(clock);
        List<Account> recipients = em.createQuery("select distinct a from Account a where a.enabled = true and"
                        + " (exists (select p from Plan p where p.submitter = a and p.status <> :draft)"
                        + " or a.id in (select f.accountId from PlanFollow f))", Account.class)
                .setParameter("draft", PlanStatus.DRAFT)
                .getResultList();
        int sent = 0;
        for (Account recipient : recipients) {
            DigestState state = em.find(DigestState.class, recipient.getId());
            if (state == null) {
                state = new DigestState(recipient.getId(), now.minus(Duration.ofDays(1)));
                em.persist(state);
            }
            if (state.isStopped() || today.equals(state.getLastSentOn())) {
                continue;
            }
            String items = digestOf(recipient, state.getCoveredUntil(), now);
            if (!items.isEmpty()) {
                outbox.enqueue(recipient.getEmail(), "community-digest", recipient.getLanguage(), Map.of(
                        "name", recipient.getDisplayName(), "items", items,
                        "stop", links.link(recipient.getPublicId())));
                state.sent(now, today);
                sent++;
            } else {
                state.covered(now);
            }
        }
        return sent;
    }

    /**
     * The text of one person's digest: per plan, its new support, comments and progress notes of the officials who
     * carry it out; empty when nothing happened.
     */
    private String digestOf(Account recipient, Instant since, Instant until) {
        ResourceBundle messages = Languages.messages(recipient.getLanguage());
        Set<Plan> plans = new LinkedHashSet<>(em.createQuery("select p from Plan p where p.status <> :draft and"
                        + " (p.submitter = :me or p.id in (select f.planId from PlanFollow f where f.accountId = :id))"
                        + " order by p.id", Plan.class)
                .setParameter("draft", PlanStatus.DRAFT)
                .setParameter("me", recipient)
                .setParameter("id", recipient.getId())
                .getResultList());
        if (plans.isEmpty()) {
            return "";
        }
        // One query per kind of news for all the recipient's plans, not three per plan.
        Map<Long, Long> supportByPlan = new HashMap<>();
        em.createQuery("select s.plan.id, count(s) from PlanSupport s where s.plan in :plans"
                        + " and s.supportedAt > :since and s.supportedAt <= :until group by s.plan.id", Object[].class)
                .setParameter("plans", plans).setParameter("since", since).setParameter("until", until)
                .getResultList().forEach(row -> supportByPlan.put((Long) row[0], (Long) row[1]));
        Map<Long, List<PlanComment>> commentsByPlan = em.createQuery("select c from PlanComment c"
                        + " where c.plan in :plans and c.createdAt > :since and c.createdAt <= :until"
                        + " and c.author <> :me and c.hiddenAt is null order by c.createdAt, c.id", PlanComment.class)
                .setParameter("plans", plans).setParameter("since", since).setParameter("until", until)
                .setParameter("me", recipient)
                .getResultList().stream().collect(Collectors.groupingBy(c -> c.getPlan().getId()));
        Map<Long, List<RealisationUpdate>> progressByPlan = em.createQuery("select u from RealisationUpdate u"
                        + " where u.planId in :plans and u.writtenAt > :since and u.writtenAt <= :until"
                        + " order by u.notedOn, u.id", RealisationUpdate.class)
                .setParameter("plans", plans.stream().map(Plan::getId).toList())
                .setParameter("since", since).setParameter("until", until)
                .getResultList().stream().collect(Collectors.groupingBy(RealisationUpdate::getPlanId));
        StringBuilder text = new StringBuilder();
        for (Plan plan : plans) {
            long support = supportByPlan.getOrDefault(plan.getId(), 0L);
            List<PlanComment> comments = commentsByPlan.getOrDefault(plan.getId(), List.of());
            List<RealisationUpdate> progress = progressByPlan.getOrDefault(plan.getId(), List.of());
            if (support == 0 && comments.isEmpty() && progress.isEmpty()) {
                continue;
            }
            text.append('"').append(plan.getTitle()).append("\"\n")
                    .append(Settings.baseUrl()).append("plannen/").append(plan.getId()).append('-')
                    .append(plan.getSlug()).append('\n');
            if (support > 0) {
                text.append("- ").append(MessageFormat.format(messages.getString(
                        "community.digest.support"), support)).append('\n');
            }
            for (PlanComment comment : comments) {
                text.append("- ").append(comment.getAuthor().getDisplayName()).append(": ")
                        .append(excerpt(comment.getBody())).append('\n');
            }
            for (RealisationUpdate update : progress) {
                text.append("- ").append(MessageFormat.format(messages.getString("community.digest.progress"),
                        messages.getString(update.getProgress().messageKey()), excerpt(update.getReport())))
                        .append('\n');
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > EXCERPT ? line.substring(0, EXCERPT) + "…" : line;
    }

    /** The account a stop link is for; a forged or altered link is refused. */
    @PermitAll
    public void checkStopLink(String publicId, String token) {
        genuine(publicId, token);
    }

    /** Stops every digest for the account of a genuine link: its follows end, and as a submitter it gets none. */
    @PermitAll
    public void stopDigests(String publicId, String token) {
        Account account = genuine(publicId, token);
        DigestState state = em.find(DigestState.class, account.getId());
        if (state == null) {
            state = new DigestState(account.getId(), now());
            em.persist(state);
        }
        state.stop();
        em.createNativeQuery("delete from plan_follow where account_id = ?").setParameter(1, account.getId())
                .executeUpdate();
        auditLog.record("community.digest-stopped", "account", account.getPublicId(), null, null);
    }

    private Account genuine(String publicId, String token) {
        if (!links.isGenuine(publicId, token)) {
            throw new ForbiddenException("community.digest.forged");
        }
        return accounts.findByPublicId(publicId).orElseThrow(() -> new ForbiddenException("community.digest.forged"));
    }

    private Plan followable(long planId) {
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
