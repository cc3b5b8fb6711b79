package nl.wijkfonds.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import nl.wijkfonds.shared.Role;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes and reads the audit trail. Services call {@link #record} inside their own transaction, so an event is
 * stored exactly when the change it describes is.
 */
@Stateless
public class AuditLog {

    /** The actor of changes made by the platform itself (migrations, demo data). */
    public static final String SYSTEM = "system";

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int CHECK_PAGE_SIZE = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Clock clock;

    /**
     * Records a change by the signed-in person (or {@link #SYSTEM}). {@code before} and {@code after} are snapshots
     * (records or maps) serialised as JSON; either may be null for creation or removal.
     */
    public void record(String action, String subjectType, Object subjectId, Object before, Object after) {
        // Locking the chain's head makes concurrent writers take turns, so every event links to the one before.
        String previous = (String) em.createNativeQuery("select last_hash from audit_chain_head where id = 1 for update")
                .getSingleResult();
        AuditEvent event = new AuditEvent(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), currentActor(), action,
                subjectType, String.valueOf(subjectId), toJson(before), toJson(after), previous);
        em.persist(event);
        em.createNativeQuery("update audit_chain_head set last_hash = ? where id = 1")
                .setParameter(1, event.getHash())
                .executeUpdate();
    }

    /** Recomputes the whole hash chain, a page of events at a time. */
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    public ChainCheck verifyChain() {
        HashChain.Verifier verifier = new HashChain.Verifier();
        long after = 0;
        List<AuditEvent> page;
        do {
            page = em.createQuery("select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
                    .setParameter("after", after)
                    .setMaxResults(CHECK_PAGE_SIZE)
                    .getResultList();
            page.forEach(verifier::check);
            after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
            em.clear();
        } while (page.size() == CHECK_PAGE_SIZE);
        return new ChainCheck(verifier.events(), verifier.firstBreak());
    }

    /** The outcome of a chain check: how many events were read, and the first that breaks the chain (or null). */
    public record ChainCheck(int events, Long firstBreak) {

        public boolean intact() {
            return firstBreak == null;
        }
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
