package nl.wijkfonds.plan;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.groups.Default;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.round.Neighbourhood;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.round.Theme;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.ForbiddenException;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.shared.Validation;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The use cases of plans: residents write, submit, edit and withdraw their own; everyone browses the published ones;
 * officials see them all. Each change validates, changes state, writes its audit event (and, once a plan is public,
 * a version) and returns.
 */
@Stateless
public class PlanService {

    static final String SUBJECT = "plan";
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Validation validation;

    @Inject
    private Clock clock;

    @Inject
    private RoundService rounds;

    @Inject
    private AccountService accounts;

    @Resource
    private SessionContext session;

    @Inject
    private Event<PlanResubmitted> resubmitted;

    /**
     * Saves what the resident wrote: a new draft ({@code planId} null), a draft again, or — while the submission
     * phase lasts — an edit of their submitted plan, which must stay complete.
     */
    @RolesAllowed(Role.RESIDENT)
    public Plan save(Long planId, PlanDraft draft) {
        validation.check(draft, Default.class);
        Instant now = Instant.now(clock);
        Plan plan = planId == null ? new Plan(openRound(), me(), now) : own(planId);
        PlanSnapshot before = planId == null ? null : plan.snapshot();
        if (plan.getStatus() != PlanStatus.DRAFT) {
            validation.check(draft, Default.class, PlanDraft.Complete.class);
        }
        plan.revise(draft, theme(draft.themeId()), neighbourhood(draft.neighbourhoodId()), now);
        if (planId == null) {
            em.persist(plan);
        }
        em.flush();
        String action = planId == null ? "plan.draft-created"
                : plan.getStatus() == PlanStatus.DRAFT ? "plan.draft-saved" : "plan.edited";
        record(plan, action, before, now);
        return plan;
    }

    /** Saves the resident's draft (new or not) and submits it: it must be complete, the round open for plans. */
    @RolesAllowed(Role.RESIDENT)
    public Plan submit(Long planId, PlanDraft draft) {
        validation.check(draft, Default.class, PlanDraft.Complete.class);
        Instant now = Instant.now(clock);
        Plan plan = planId == null ? new Plan(openRound(), me(), now) : own(planId);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new DomainException("plan.submitted.already");
        }
        PlanSnapshot before = planId == null ? null : plan.snapshot();
        plan.revise(draft, theme(draft.themeId()), neighbourhood(draft.neighbourhoodId()), now);
        plan.submit(now);
        if (planId == null) {
            em.persist(plan);
        }
        em.flush();
        record(plan, "plan.submitted", before, now);
        return plan;
    }

    /**
     * Saves the changes the review asked for and sends the plan back to its reviewer; possible until the day set for
     * the changes has passed. The review hears of it through {@link PlanResubmitted}, in this same transaction.
     */
    @RolesAllowed(Role.RESIDENT)
    public Plan resubmit(long planId, PlanDraft draft) {
        validation.check(draft, Default.class, PlanDraft.Complete.class);
        Instant now = Instant.now(clock);
        Plan plan = own(planId);
        if (plan.getStatus() != PlanStatus.CHANGES_REQUESTED) {
            throw new DomainException("plan.resubmit.notRequested");
        }
        PlanSnapshot before = plan.snapshot();
        plan.revise(draft, theme(draft.themeId()), neighbourhood(draft.neighbourhoodId()), now);
        plan.returnToReview(now);
        em.flush();
        record(plan, "plan.resubmitted", before, now);
        resubmitted.fire(new PlanResubmitted(planId));
        return plan;
    }

    /**
     * Adds a complete plan handed in outside the platform — on paper at an information point, or as demo data — as
     * submitted by this account. Not reachable from any page.
     */
    @PermitAll
    public Plan submitOnBehalfOf(Account submitter, Round round, PlanDraft draft, Instant submittedAt) {
        validation.check(draft, Default.class, PlanDraft.Complete.class);
        Plan plan = new Plan(round, submitter, submittedAt);
        plan.revise(draft, theme(draft.themeId()), neighbourhood(draft.neighbourhoodId()), submittedAt);
        plan.submit(submittedAt);
        em.persist(plan);
        em.flush();
        record(plan, "plan.submitted-on-behalf", null, submittedAt);
        return plan;
    }

    /** The resident takes their submitted plan back, until voting opens. */
    @RolesAllowed(Role.RESIDENT)
    public Plan withdraw(long planId) {
        Instant now = Instant.now(clock);
        Plan plan = own(planId);
        PlanSnapshot before = plan.snapshot();
        plan.withdraw(now);
        em.flush();
        record(plan, "plan.withdrawn", before, now);
        return plan;
    }

    /** The resident deletes a draft they never submitted: it was never public, so nothing of it stays. */
    @RolesAllowed(Role.RESIDENT)
    public void deleteDraft(long planId) {
        Plan plan = own(planId);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new DomainException("plan.delete.notDraft");
        }
        remove(plan);
    }

    private void remove(Plan draft) {
        PlanSnapshot before = draft.snapshot();
        long planId = draft.getId();
        em.remove(draft);
        em.flush();
        auditLog.record("plan.draft-deleted", SUBJECT, planId, PlanSnapshot.forTrail(before), null);
    }

    /**
     * The signed-in person's account is being erased: their drafts are deleted, and their submitted plans stay
     * public (they are part of the round's record) without contact details. Returns how many plans stay.
     */
    @RolesAllowed(Role.ACCOUNT)
    public int forgetSubmitter() {
        Account submitter = me();
        List<Plan> own = em.createQuery("select p from Plan p where p.submitter = :me", Plan.class)
                .setParameter("me", submitter).getResultList();
        int kept = 0;
        for (Plan plan : own) {
            if (plan.getStatus() == PlanStatus.DRAFT) {
                remove(plan);
            } else {
                plan.eraseContact();
                auditLog.record("plan.contact-erased", SUBJECT, plan.getId(), null, null);
                kept++;
            }
        }
        return kept;
    }

    /** The plans of the signed-in person, with their contact details: for their own copy of their data. */
    @RolesAllowed(Role.ACCOUNT)
    public List<Plan> ofCurrentAccount() {
        return em.createQuery("select p from Plan p where p.submitter = :me order by p.id", Plan.class)
                .setParameter("me", me()).getResultList();
    }

    /** The signed-in resident, whose name and address a new plan starts with as contact details. */
    @RolesAllowed(Role.RESIDENT)
    public Account resident() {
        return me();
    }

    /** One of the resident's own plans, to edit. */
    @RolesAllowed(Role.RESIDENT)
    public Plan own(long planId) {
        Plan plan = em.find(Plan.class, planId);
        // Someone else's plan is "not found" to this resident: drafts must not even be known to exist.
        if (plan == null || !plan.isSubmittedBy(me())) {
            throw new NotFoundException("plan.notFound");
        }
        return plan;
    }

    /** The resident's own plans, newest first. */
    @RolesAllowed(Role.RESIDENT)
    public List<Plan> mine() {
        return em.createQuery("select p from Plan p where p.submitter = :me order by p.updatedAt desc, p.id desc",
                        Plan.class)
                .setParameter("me", me())
                .getResultList();
    }

    /** The round open for plans, if there is one. */
    @PermitAll
    public Optional<Round> roundOpenForPlans() {
        return rounds.current().filter(r -> r.getPhase() == Phase.SUBMISSION);
    }

    /** A plan as the caller may see it: public plans for everyone, drafts for their submitter and officials. */
    @PermitAll
    public Optional<Plan> visible(long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || !maySee(plan)) {
            return Optional.empty();
        }
        return Optional.of(plan);
    }

    /** A file of a plan the caller may see; the thumbnail when asked and there is one. */
    @PermitAll
    public Optional<FileContent> file(long fileId, boolean thumbnail) {
        PlanFile file = em.find(PlanFile.class, fileId);
        if (file == null || !maySee(file.getPlan())) {
            return Optional.empty();
        }
        boolean small = thumbnail && file.getThumbnail() != null;
        return Optional.of(new FileContent(small ? "image/jpeg" : file.getContentType(),
                small ? file.getThumbnail() : file.getContent(), file.getFileName(), file.getKind()));
    }

    /** The ids of all the current round's public plans the gallery's filters and search select (for its map). */
    @PermitAll
    public List<Long> galleryIds(GalleryQuery query) {
        Optional<Round> round = rounds.current();
        if (round.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> select = em.createQuery("select p.id" + gallerySelection(round.get(), query, parameters),
                Long.class);
        parameters.forEach(select::setParameter);
        return select.getResultList();
    }

    /** A page of the current round's public plans, filtered, searched and ordered as asked. */
    @PermitAll
    public GalleryPage gallery(GalleryQuery query) {
        Optional<Round> round = rounds.current();
        if (round.isEmpty()) {
            return new GalleryPage(List.of(), 0, 1);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = gallerySelection(round.get(), query, parameters);
        TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        int lastPage = (int) Math.max(1, (total + GalleryQuery.PAGE_SIZE - 1) / GalleryQuery.PAGE_SIZE);
        int page = Math.min(query.page(), lastPage);

        TypedQuery<PlanCard> select = em.createQuery("select new nl.wijkfonds.plan.PlanCard(p.id, p.title,"
                + " p.summary, t.name, n.name, p.cost, p.adjustedCost, p.status)" + where + " order by " + query.order().jpql,
                PlanCard.class);
        parameters.forEach(select::setParameter);
        List<PlanCard> cards = select.setFirstResult((page - 1) * GalleryQuery.PAGE_SIZE)
                .setMaxResults(GalleryQuery.PAGE_SIZE)
                .getResultList();
        return new GalleryPage(withImages(cards), total, page);
    }

    /** The gallery's "from ... where ..." for the round, filters and search words; fills in the parameters. */
    private static String gallerySelection(Round round, GalleryQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" from Plan p left join p.theme t left join p.neighbourhood n"
                + " where p.round = :round and p.status in :statuses");
        parameters.put("round", round);
        parameters.put("statuses", query.status() == null ? PlanStatus.PUBLIC : List.of(query.status()));
        if (query.themeId() != null) {
            where.append(" and t.id = :theme");
            parameters.put("theme", query.themeId());
        }
        if (query.neighbourhoodId() != null) {
            where.append(" and n.id = :neighbourhood");
            parameters.put("neighbourhood", query.neighbourhoodId());
        }
        // Every word must occur in the title or summary, in any order; the collation ignores case and accents.
        List<String> words = query.words();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and (p.title like :word").append(i).append(" escape '!' or p.summary like :word")
                    .append(i).append(" escape '!')");
            parameters.put("word" + i, "%" + words.get(i).replaceAll("([!%_])", "!$1") + "%");
        }
        return where.toString();
    }

    /** Every plan of a round, drafts included, with counts per theme, neighbourhood and status. */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public PlanOverview overview(long roundId) {
        Round round = rounds.find(roundId);
        List<PlanRow> plans = em.createQuery("select new nl.wijkfonds.plan.PlanRow(p.id, p.title, p.status, t.name,"
                        + " n.name, p.cost, p.submitterRole, p.organisationName, p.contactName, p.contactEmail,"
                        + " p.contactPhone, a.email, p.submittedAt, p.updatedAt) from Plan p join p.submitter a"
                        + " left join p.theme t left join p.neighbourhood n where p.round = :round order by p.id",
                        PlanRow.class)
                .setParameter("round", round)
                .getResultList();
        Map<String, Long> byTheme = new LinkedHashMap<>();
        round.getThemes().forEach(t -> byTheme.put(t.getName(), 0L));
        Map<String, Long> byNeighbourhood = new LinkedHashMap<>();
        round.getNeighbourhoods().forEach(n -> byNeighbourhood.put(n.getName(), 0L));
        Map<PlanStatus, Long> byStatus = new TreeMap<>();
        for (PlanStatus status : PlanStatus.values()) {
            byStatus.put(status, 0L);
        }
        for (PlanRow row : plans) {
            byTheme.merge(row.theme() == null ? "–" : row.theme(), 1L, Long::sum);
            byNeighbourhood.merge(row.neighbourhood() == null ? "–" : row.neighbourhood(), 1L, Long::sum);
            byStatus.merge(row.status(), 1L, Long::sum);
        }
        return new PlanOverview(plans, byTheme, byNeighbourhood, byStatus);
    }

    /** The number of the plan's newest version (0 for a draft that has none). */
    @RolesAllowed(Role.OFFICIAL)
    public int latestVersion(long planId) {
        return em.createQuery("select coalesce(max(v.number), 0) from PlanVersion v where v.plan.id = :plan",
                        Integer.class)
                .setParameter("plan", planId)
                .getSingleResult();
    }

    /** What changed in the plan's public content from version {@code number} to its newest version. */
    @RolesAllowed(Role.OFFICIAL)
    public List<PlanChange> changesSince(long planId, int number) {
        List<PlanVersion> all = versions(planId);
        Optional<PlanVersion> from = all.stream().filter(v -> v.getNumber() == number).findFirst();
        if (from.isEmpty() || all.get(all.size() - 1).getNumber() == number) {
            return List.of();
        }
        return PlanChange.between(JSON.fromJson(from.get().getSnapshot(), PlanSnapshot.class),
                JSON.fromJson(all.get(all.size() - 1).getSnapshot(), PlanSnapshot.class));
    }

    /** How a plan changed since it was submitted, oldest first; a plan that does not exist is not found. */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public List<PlanVersion> versions(long planId) {
        if (em.find(Plan.class, planId) == null) {
            throw new NotFoundException("plan.notFound");
        }
        return em.createQuery("select v from PlanVersion v where v.plan.id = :plan order by v.number",
                        PlanVersion.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    private List<PlanCard> withImages(List<PlanCard> cards) {
        if (cards.isEmpty()) {
            return cards;
        }
        Map<Long, Long> firstImage = em.createQuery("select f.plan.id, f.id from PlanFile f where f.plan.id in :ids"
                        + " and f.kind = :image and f.position = 0", Object[].class)
                .setParameter("ids", cards.stream().map(PlanCard::id).toList())
                .setParameter("image", FileKind.IMAGE)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1], (a, b) -> a));
        return cards.stream().map(c -> c.withImage(firstImage.get(c.id()))).toList();
    }

    private void record(Plan plan, String action, PlanSnapshot before, Instant now) {
        PlanSnapshot after = plan.snapshot();
        auditLog.record(action, SUBJECT, plan.getId(), PlanSnapshot.forTrail(before), PlanSnapshot.forTrail(after));
        if (plan.getStatus() != PlanStatus.DRAFT) {
            long existing = em.createQuery("select count(v) from PlanVersion v where v.plan = :plan", Long.class)
                    .setParameter("plan", plan).getSingleResult();
            em.persist(new PlanVersion(plan, (int) existing + 1, now, actor(), action, JSON.toJson(after)));
        }
    }

    private boolean maySee(Plan plan) {
        if (plan.getStatus().isPublic()) {
            return true;
        }
        if (session.isCallerInRole(Role.OFFICIAL) || session.isCallerInRole(Role.ADMIN)) {
            return true;
        }
        return session.isCallerInRole(Role.RESIDENT) && plan.isSubmittedBy(me());
    }

    private Round openRound() {
        return roundOpenForPlans().orElseThrow(() -> new DomainException("plan.phase.closed"));
    }

    private Theme theme(Long id) {
        if (id == null) {
            return null;
        }
        Theme theme = em.find(Theme.class, id);
        if (theme == null) {
            throw new DomainException("plan.theme.otherRound", "theme");
        }
        return theme;
    }

    private Neighbourhood neighbourhood(Long id) {
        if (id == null) {
            return null;
        }
        Neighbourhood neighbourhood = em.find(Neighbourhood.class, id);
        if (neighbourhood == null) {
            throw new DomainException("plan.neighbourhood.otherRound", "neighbourhood");
        }
        return neighbourhood;
    }

    private Account me() {
        return accounts.findByPublicId(actor()).orElseThrow(() -> new ForbiddenException("plan.residentsOnly"));
    }

    private String actor() {
        Principal caller = session.getCallerPrincipal();
        return caller == null ? AuditLog.SYSTEM : caller.getName();
    }
}
