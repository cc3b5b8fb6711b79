package nl.wijkfonds.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Validation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wijkfonds.shared.Role;

/** Registering residents and creating staff accounts. */
@Stateless
public class AccountService {

    private static final String SUBJECT = "account";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Validation validation;

    @Inject
    private Clock clock;

    /** Anyone may register as a resident. */
    @PermitAll
    public Account register(NewAccount form) {
        return create(form, Role.RESIDENT, "account.registered");
    }

    /** Only an administrator creates officials, auditors and other administrators. */
    @RolesAllowed(Role.ADMIN)
    public Account createStaff(NewAccount form, String role) {
        if (!Role.STAFF.contains(role)) {
            throw new DomainException("account.role.invalid", "role");
        }
        return create(form, role, "account.staff-created");
    }

    /**
     * Creates an account without a signed-in administrator, for the platform's own set-up (the first administrator,
     * demo accounts). Not callable from outside the application.
     */
    @PermitAll
    public Account createBySystem(NewAccount form, String role) {
        return create(form, role, "account.created-by-system");
    }

    @PermitAll
    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", normalise(email))
                .getResultStream().findFirst();
    }

    @PermitAll
    public boolean anyAccountExists() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0;
    }

    @PermitAll
    public boolean anyAccountHasRole(String role) {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :role", Long.class)
                .setParameter("role", role)
                .getSingleResult() > 0;
    }

    @RolesAllowed(Role.ADMIN)
    public List<Account> staff() {
        return em.createQuery("select distinct a from Account a join a.roles r where r in :roles order by a.email",
                        Account.class)
                .setParameter("roles", Role.STAFF)
                .getResultList();
    }

    private Account create(NewAccount form, String role, String action) {
        validation.check(form);
        String email = normalise(form.email());
        if (findByEmail(email).isPresent()) {
            throw new DomainException("account.email.taken", "email");
        }
        Account account = new Account(email, form.displayName().strip(), passwordHashing.hash(form.password()),
                role, Instant.now(clock));
        em.persist(account);
        em.flush();
        auditLog.record(action, SUBJECT, account.getId(), null, account.snapshot());
        return account;
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
