package nl.wijkfonds.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import nl.wijkfonds.audit.chain.ChainHead;
import nl.wijkfonds.audit.chain.TrailCheck;
import nl.wijkfonds.shared.Role;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes and reads the audit trail. Services call {@link #record} inside their own transaction, so an event is
 * stored exactly when the change it describes is.
 */
@Stateless
public class AuditLog {

    /** The actor of changes made by the platform itself (migrations, demo data). */
    public static final String SYSTEM = "system";

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int PAGE_SIZE = 1000;
    private static final Set<String> REWRITING_RIGHTS = Set.of("UPDATE", "DELETE", "DROP", "ALTER", "TRIGGER",
            "DELETE HISTORY", "SUPER");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Clock clock;

    @Inject
    private TrailKey trailKey;

    @Inject
    private Signatures signatures;

    @Inject
    private SignedHeads signedHeads;

    /**
     * Records a change by the signed-in person (or {@link #SYSTEM}). {@code before} and {@code after} are snapshots
     * (records or maps) serialised as JSON; either may be null for creation or removal.
     */
    public void record(String action, String subjectType, Object subjectId, Object before, Object after) {
        // Locking the chain's head makes concurrent writers take turns, so every event links to the one before.
        ChainHead head = head(true);
        AuditEvent event = new AuditEvent(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), currentActor(), action,
                subjectType, String.valueOf(subjectId), toJson(before), toJson(after), head.lastHash(), trailKey);
        em.persist(event);
        em.flush();
        long events = head.events() + 1;
        em.createNativeQuery("update audit_chain_head set last_hash = ?, event_count = ?, last_event_id = ?, "
                        + "mac = ? where id = 1")
                .setParameter(1, event.getHash())
                .setParameter(2, events)
                .setParameter(3, event.getId())
                .setParameter(4, trailKey.headMac(events, event.getId(), event.getHash()))
                .executeUpdate();
    }

    /**
     * Checks the whole trail with the trail key, a page of events at a time, against the stored head and every
     * signed head (see {@link TrailCheck}). One transaction, so it reads one consistent state while others write.
     */
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    public TrailCheck.TrailReport verify() {
        TrailCheck check = new TrailCheck(trailKey.bytes(), head(false), signedHeads.all(), signatures.publicKey());
        forEachEvent(event -> check.check(event.chained()));
        return check.finish();
    }

    /**
     * What the application's own database account may do to the trail beyond adding and reading (such as UPDATE,
     * DELETE, DROP, TRIGGER), from the account's grants on the table, the database and the server; empty when it is
     * held to least privilege. Auditors see it beside the check: a trail the platform itself could rewrite is only
     * as good as the MACs.
     */
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    @SuppressWarnings("unchecked")
    public List<String> rightsBeyondAppending() {
        String grantee = "concat('''', substring_index(current_user(), '@', 1), '''@''', "
                + "substring_index(current_user(), '@', -1), '''')";
        List<Object> rights = em.createNativeQuery("select privilege_type from information_schema.table_privileges "
                        + "where table_schema = database() and table_name = 'audit_event' and grantee = " + grantee
                        + " union select privilege_type from information_schema.schema_privileges "
                        + "where database() like table_schema and grantee = " + grantee
                        + " union select privilege_type from information_schema.user_privileges where grantee = "
                        + grantee)
                .getResultList();
        return rights.stream().map(String::valueOf).filter(REWRITING_RIGHTS::contains).sorted().distinct().toList();
    }

    /** The stored head: count, newest event, its hash, the head's MAC, and how many old events carry no MAC. */
    @PermitAll
    public ChainHead head(boolean forUpdate) {
        Object[] head = (Object[]) em.createNativeQuery("select h.event_count, h.last_event_id, h.last_hash, h.mac, "
                        + "u.events from audit_chain_head h, audit_unkeyed u where h.id = 1"
                        + (forUpdate ? " for update" : ""))
                .getSingleResult();
        return new ChainHead(((Number) head[0]).longValue(), ((Number) head[1]).longValue(), (String) head[2],
                (String) head[3], ((Number) head[4]).longValue());
    }

    /** Reads every event, oldest first, a page at a time (in the caller's transaction: one consistent state). */
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    public void forEachEvent(Consumer<AuditEvent> reader) {
        long after = 0;
        List<AuditEvent> page;
        do {
            page = em.createQuery("select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
                    .setParameter("after", after)
                    .setMaxResults(PAGE_SIZE)
                    .getResultList();
            page.forEach(reader);
            after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
            em.clear();
        } while (page.size() == PAGE_SIZE);
    }

    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    public List<AuditEvent> latest(int max) {
        return em.createQuery("select e from AuditEvent e order by e.id desc", AuditEvent.class)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed({Role.AUDITOR, Role.ADMIN, Role.OFFICIAL})
    public List<AuditEvent> forSubject(String subjectType, Object subjectId) {
        return em.createQuery("select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id "
                        + "order by e.id", AuditEvent.class)
                .setParameter("type", subjectType)
                .setParameter("id", String.valueOf(subjectId))
                .getResultList();
    }

    private String currentActor() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? SYSTEM : caller.getName();
    }

    private static String toJson(Object snapshot) {
        return snapshot == null ? null : JSON.toJson(snapshot);
    }
}
