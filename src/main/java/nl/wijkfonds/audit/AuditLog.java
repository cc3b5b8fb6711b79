package nl.wijkfonds.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import nl.wijkfonds.identity.Role;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
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
        em.persist(new AuditEvent(Instant.now(clock), currentActor(), action, subjectType, String.valueOf(subjectId),
                toJson(before), toJson(after)));
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
