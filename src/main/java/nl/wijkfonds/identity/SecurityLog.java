package nl.wijkfonds.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import nl.wijkfonds.shared.Role;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

import static nl.wijkfonds.shared.Jsons.JSON;

/**
 * The security log: a {@code security_event} row and one JSON log line per event. Written in its own transaction,
 * so that a failed sign-in is recorded although the attempt itself is refused (and rolled back).
 */
@Stateless
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger("nl.wijkfonds.security");
    private static final int MAX_ROWS = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private SecurityContext securityContext;

    /** Records an event about {@code accountPublicId} (null when no account is known, e.g. an unknown address). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String accountPublicId, String detail) {
        Principal caller = securityContext.getCallerPrincipal();
        String actor = caller == null || caller.getName().equals(accountPublicId) ? null : caller.getName();
        SecurityEvent event = new SecurityEvent(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), kind,
                accountPublicId, actor, clientAddress.get(), detail);
        em.persist(event);
        JsonObjectBuilder line = JSON.createObjectBuilder()
                .add("securityEvent", kind.name())
                .add("at", event.getOccurredAt().toString());
        addIfPresent(line, "account", accountPublicId);
        addIfPresent(line, "actor", actor);
        addIfPresent(line, "client", event.getClientAddress());
        addIfPresent(line, "detail", detail);
        LOG.info(line.build().toString());
    }

    /** The newest events first, filtered by kind and account when given. */
    @RolesAllowed(Role.ADMIN)
    public List<SecurityEvent> search(SecurityEventKind kind, String accountPublicId, Instant from, Instant until) {
        StringBuilder jpql = new StringBuilder("select e from SecurityEvent e where 1 = 1");
        if (kind != null) {
            jpql.append(" and e.kind = :kind");
        }
        if (accountPublicId != null) {
            jpql.append(" and (e.accountPublicId = :account or e.actorPublicId = :account)");
        }
        if (from != null) {
            jpql.append(" and e.occurredAt >= :from");
        }
        if (until != null) {
            jpql.append(" and e.occurredAt < :until");
        }
        TypedQuery<SecurityEvent> query = em.createQuery(jpql.append(" order by e.id desc").toString(),
                SecurityEvent.class).setMaxResults(MAX_ROWS);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (accountPublicId != null) {
            query.setParameter("account", accountPublicId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        return query.getResultList();
    }

    private static void addIfPresent(JsonObjectBuilder line, String name, String value) {
        if (value != null) {
            line.add(name, value);
        }
    }
}
