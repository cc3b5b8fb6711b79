package nl.wijkfonds.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.notify.Outbox;
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.platform.Settings;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.InvalidInput;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.shared.Violation;
import nl.wijkfonds.shared.Role;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The use cases of accounts: registering and verifying, resetting and changing passwords, inviting staff, and the
 * administrator's disable, enable and role changes. Every change writes an audit event (naming the account by
 * public id) and a security event; every e-mail goes through the {@link Outbox} in the same transaction.
 */
@Stateless
public class AccountService {

    private static final String SUBJECT = "account";
    private static final int SEARCH_LIMIT = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private PasswordPolicy passwordPolicy;

    @Inject
    private AccountTokens tokens;

    @Inject
    private Throttle throttle;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private RecoveryCodes recoveryCodes;

    @Inject
    private Outbox outbox;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Validation validation;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * A resident registers. The answer is the same whether the address is new or known: a new address gets a
     * verification link, a known one a "you already have an account" e-mail. Both cost the same password hashing.
     */
    @PermitAll
    public void register(NewAccount form, Locale language) {
        checkNewAccount(form);
        String email = normalise(form.email());
        throttled(ThrottleRule.REGISTRATION_ADDRESS, clientAddress.orNone(), null, "registration");
        throttled(ThrottleRule.MAIL_RECIPIENT, email, null, "registration");
        String hash = passwordHashing.hash(form.password());
        Optional<Account> existing = findByEmail(email);
        if (existing.isPresent()) {
            Account account = existing.get();
            outbox.enqueue(account.getEmail(), "account-exists", language,
                    Map.of("name", account.getDisplayName(), "link", link("forgot-password", null)));
            securityLog.record(SecurityEventKind.REGISTRATION_FOR_EXISTING_ACCOUNT, account.getPublicId(), null);
            return;
        }
        Account account = new Account(email, form.displayName().strip(), hash, Role.RESIDENT, language(language),
                Instant.now(clock));
        em.persist(account);
        em.flush();
        sendVerification(account);
        auditLog.record("account.registered", SUBJECT, account.getPublicId(), null, account.snapshot());
        securityLog.record(SecurityEventKind.REGISTERED, account.getPublicId(), null);
    }

    /** Follows the link from the registration e-mail. Returns the verified account's public id. */
    @PermitAll
    public String verifyEmail(String token) {
        Account account = tokens.redeem(token, TokenPurpose.VERIFY_EMAIL);
        Account.Snapshot before = account.snapshot();
        account.verifyEmail(Instant.now(clock));
        auditLog.record("account.verified", SUBJECT, account.getPublicId(), before, account.snapshot());
        securityLog.record(SecurityEventKind.EMAIL_VERIFIED, account.getPublicId(), null);
        return account.getPublicId();
    }

    /** Sends a new verification link to the signed-in person whose address is not verified yet. */
    @RolesAllowed(Role.ACCOUNT)
    public void resendVerification() {
        Account account = current();
        if (account.isVerified()) {
            return;
        }
        throttled(ThrottleRule.MAIL_RECIPIENT, account.getEmail(), account.getPublicId(), "verification");
        sendVerification(account);
    }

    /** Anyone may ask for a reset link; the answer never tells whether the address has an account. */
    @PermitAll
    public void requestPasswordReset(ResetRequest request, Locale language) {
        validation.check(request);
        String address = normalise(request.email());
        throttled(ThrottleRule.RESET_ADDRESS, clientAddress.orNone(), null, "password reset");
        throttled(ThrottleRule.MAIL_RECIPIENT, address, null, "password reset");
        Optional<Account> found = findByEmail(address).filter(Account::isEnabled);
        if (found.isEmpty()) {
            securityLog.record(SecurityEventKind.PASSWORD_RESET_REQUESTED, null, "no enabled account");
            return;
        }
        Account account = found.get();
        String token = tokens.issue(account, TokenPurpose.RESET_PASSWORD);
        outbox.enqueue(account.getEmail(), "password-reset", language,
                Map.of("name", account.getDisplayName(), "link", link("reset-password", token)));
        securityLog.record(SecurityEventKind.PASSWORD_RESET_REQUESTED, account.getPublicId(), null);
    }

    /** Whether a reset or invitation link still works, to show its form or say at once that it does not. */
    @PermitAll
    public void checkToken(String token, TokenPurpose purpose) {
        tokens.peek(token, purpose);
    }

    /**
     * Sets a new password through a reset link and ends every session of the account. The link came by e-mail,
     * so it also proves the address.
     */
    @PermitAll
    public void resetPassword(String token, String newPassword) {
        passwordPolicy.check(newPassword, "password");
        Account account = tokens.redeem(token, TokenPurpose.RESET_PASSWORD);
        account.changePassword(passwordHashing.hash(newPassword));
        account.verifyEmail(Instant.now(clock));
        tokens.revokeAll(account, TokenPurpose.RESET_PASSWORD);
        sessions.endAll(account, null);
        auditLog.record("account.password-reset", SUBJECT, account.getPublicId(), null, null);
        securityLog.record(SecurityEventKind.PASSWORD_RESET, account.getPublicId(), null);
    }

    /**
     * The signed-in person changes their password, proving the current one; their other sessions end.
     *
     * @param sessionKey the key of the session to keep
     */
    @RolesAllowed(Role.ACCOUNT)
    public void changePassword(String currentPassword, String newPassword, String sessionKey) {
        Account account = current();
        refuseWhileThrottled(ThrottleRule.SIGN_IN_ACCOUNT, account.getEmail(), account.getPublicId(),
                "password change");
        List<Violation> found = new ArrayList<>();
        if (!passwordHashing.matches(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
            throttle.count(ThrottleRule.SIGN_IN_ACCOUNT, account.getEmail());
            securityLog.record(SecurityEventKind.SIGN_IN_FAILED, account.getPublicId(), "password change");
            found.add(new Violation("currentPassword", "password.currentWrong"));
        }
        passwordPolicy.violation(newPassword, "newPassword").ifPresent(found::add);
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
        account.changePassword(passwordHashing.hash(newPassword));
        tokens.revokeAll(account, TokenPurpose.RESET_PASSWORD);
        sessions.endAll(account, sessionKey);
        outbox.enqueue(account.getEmail(), "password-changed", account.getLanguage(),
                Map.of("name", account.getDisplayName(), "link", link("forgot-password", null)));
        auditLog.record("account.password-changed", SUBJECT, account.getPublicId(), null, null);
        securityLog.record(SecurityEventKind.PASSWORD_CHANGED, account.getPublicId(), null);
    }

    /** The signed-in person corrects their name; the audit trail says that it changed, not what it was. */
    @RolesAllowed(Role.ACCOUNT)
    public void rename(NameCorrection correction) {
        validation.check(correction);
        Account account = current();
        account.rename(correction.displayName().strip());
        auditLog.record("account.corrected", SUBJECT, account.getPublicId(), null, null);
        securityLog.record(SecurityEventKind.PERSONAL_DATA_CORRECTED, account.getPublicId(), "name");
    }

    /**
     * Checks the signed-in resident's password before their account is erased; staff accounts are not erased by
     * their holders (their decisions must stay attributable), an administrator disables them.
     */
    @RolesAllowed(Role.ACCOUNT)
    public Account confirmErasure(String password) {
        Account account = current();
        if (account.isStaff()) {
            throw new DomainException("privacy.erase.staff");
        }
        refuseWhileThrottled(ThrottleRule.SIGN_IN_ACCOUNT, account.getEmail(), account.getPublicId(), "erasure");
        if (!passwordHashing.matches(password == null ? "" : password, account.getPasswordHash())) {
            throttle.count(ThrottleRule.SIGN_IN_ACCOUNT, account.getEmail());
            securityLog.record(SecurityEventKind.SIGN_IN_FAILED, account.getPublicId(), "erasure");
            throw new InvalidInput(List.of(new Violation("password", "password.currentWrong")));
        }
        return account;
    }

    /**
     * Erases the signed-in account after {@link #confirmErasure}: its tokens, recovery codes and sessions (with
     * their client addresses and browsers) are deleted, the client addresses in its security events are cleared,
     * the mail to its address is deleted from the outbox, and the account keeps only its public id.
     */
    @RolesAllowed(Role.ACCOUNT)
    public void eraseCurrent() {
        Account account = current();
        String address = account.getEmail();
        // First, in its own transaction: once this one has touched the account's security events, that insert
        // would wait for this transaction's locks until MariaDB gives up.
        securityLog.record(SecurityEventKind.ACCOUNT_ERASED, account.getPublicId(), null);
        for (String table : List.of("account_token", "recovery_code", "account_session")) {
            em.createNativeQuery("delete from " + table + " where account_id = ?")
                    .setParameter(1, account.getId()).executeUpdate();
        }
        em.createNativeQuery("update security_event set client_address = null where account_public_id = ?")
                .setParameter(1, account.getPublicId()).executeUpdate();
        outbox.forget(address);
        account.erase();
        auditLog.record("account.erased", SUBJECT, account.getPublicId(), null, null);
    }

    /** New recovery codes for the signed-in member of staff; the old ones stop working. */
    @RolesAllowed({Role.OFFICIAL, Role.AUDITOR, Role.ADMIN})
    public List<String> renewRecoveryCodes() {
        Account account = current();
        List<String> codes = recoveryCodes.renew(account);
        securityLog.record(SecurityEventKind.RECOVERY_CODES_RENEWED, account.getPublicId(), null);
        return codes;
    }

    /** An administrator invites a member of staff, who chooses a password through the e-mailed link. */
    @RolesAllowed(Role.ADMIN)
    public Account inviteStaff(StaffInvitation invitation, Locale language) {
        validation.check(invitation);
        if (!Role.STAFF.contains(invitation.role())) {
            throw new DomainException("account.role.invalid", "role");
        }
        String email = normalise(invitation.email());
        if (findByEmail(email).isPresent()) {
            throw new DomainException("account.email.taken", "email");
        }
        Account account = new Account(email, invitation.displayName().strip(), null, invitation.role(),
                language(language), Instant.now(clock));
        em.persist(account);
        em.flush();
        String token = tokens.issue(account, TokenPurpose.INVITATION);
        outbox.enqueue(email, "staff-invitation", language, Map.of("name", account.getDisplayName(),
                "role", Languages.messages(language).getString("role." + invitation.role()),
                "link", link("invitation", token)));
        auditLog.record("account.staff-invited", SUBJECT, account.getPublicId(), null, account.snapshot());
        securityLog.record(SecurityEventKind.STAFF_INVITED, account.getPublicId(), invitation.role());
        return account;
    }

    /** The invited member of staff chooses a password; the link proves the address. */
    @PermitAll
    public void acceptInvitation(String token, String password) {
        passwordPolicy.check(password, "password");
        Account account = tokens.redeem(token, TokenPurpose.INVITATION);
        Account.Snapshot before = account.snapshot();
        account.changePassword(passwordHashing.hash(password));
        account.verifyEmail(Instant.now(clock));
        auditLog.record("account.invitation-accepted", SUBJECT, account.getPublicId(), before, account.snapshot());
        securityLog.record(SecurityEventKind.INVITATION_ACCEPTED, account.getPublicId(), null);
    }

    @RolesAllowed(Role.ADMIN)
    public void disable(String publicId) {
        Account account = otherThanMe(publicId);
        Account.Snapshot before = account.snapshot();
        account.disable();
        sessions.endAll(account, null);
        auditLog.record("account.disabled", SUBJECT, publicId, before, account.snapshot());
        securityLog.record(SecurityEventKind.ACCOUNT_DISABLED, publicId, null);
    }

    @RolesAllowed(Role.ADMIN)
    public void enable(String publicId) {
        Account account = otherThanMe(publicId);
        Account.Snapshot before = account.snapshot();
        account.enable();
        auditLog.record("account.enabled", SUBJECT, publicId, before, account.snapshot());
        securityLog.record(SecurityEventKind.ACCOUNT_ENABLED, publicId, null);
    }

    /** Changes an account's role; its sessions end so that the new role counts from the next sign-in. */
    @RolesAllowed(Role.ADMIN)
    public void changeRole(String publicId, String role) {
        if (!Role.ALL.contains(role)) {
            throw new DomainException("account.role.invalid", "role");
        }
        Account account = otherThanMe(publicId);
        Account.Snapshot before = account.snapshot();
        account.changeRole(role);
        sessions.endAll(account, null);
        auditLog.record("account.role-changed", SUBJECT, publicId, before, account.snapshot());
        securityLog.record(SecurityEventKind.ROLE_CHANGED, publicId, before.roles() + " -> " + role);
    }

    /** Accounts whose address or name contains the text, for the administrator's page. */
    @RolesAllowed(Role.ADMIN)
    public List<Account> search(String text) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("select a from Account a where lower(a.email) like :p or lower(a.displayName) like :p "
                        + "order by a.email", Account.class)
                .setParameter("p", pattern)
                .setMaxResults(SEARCH_LIMIT)
                .getResultList();
    }

    /**
     * Creates a verified account without a signed-in administrator, for the platform's own set-up (the first
     * administrator, demo accounts). Not callable from outside the application.
     */
    @PermitAll
    public Account createBySystem(NewAccount form, String role) {
        validation.check(form);
        String email = normalise(form.email());
        if (findByEmail(email).isPresent()) {
            throw new DomainException("account.email.taken", "email");
        }
        Account account = new Account(email, form.displayName().strip(), passwordHashing.hash(form.password()),
                role, Languages.DEFAULT, Instant.now(clock));
        account.verifyEmail(Instant.now(clock));
        em.persist(account);
        em.flush();
        auditLog.record("account.created-by-system", SUBJECT, account.getPublicId(), null, account.snapshot());
        return account;
    }

    /** Enrols a known authenticator secret for a demo account, so that the demo can show staff sign-in. */
    @PermitAll
    public void enrolDemoTotp(Account account, String secret) {
        em.find(Account.class, account.getId()).enrolTotp(secret, 0, Instant.now(clock));
    }

    /** The signed-in person's account. */
    @RolesAllowed(Role.ACCOUNT)
    public Account current() {
        Principal caller = session.getCallerPrincipal();
        return byPublicId(caller.getName());
    }

    @PermitAll
    public Account byPublicId(String publicId) {
        return findByPublicId(publicId).orElseThrow(() -> new DomainException("account.notFound"));
    }

    @PermitAll
    public Optional<Account> findByPublicId(String publicId) {
        return em.createQuery("select a from Account a where a.publicId = :id", Account.class)
                .setParameter("id", publicId)
                .getResultStream().findFirst();
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

    /** Every problem of a registration at once: the command's constraints and the password policy. */
    private void checkNewAccount(NewAccount form) {
        List<Violation> found = new ArrayList<>(validation.violations(form));
        if (found.stream().noneMatch(v -> "password".equals(v.property()))) {
            passwordPolicy.violation(form.password(), "password").ifPresent(found::add);
        }
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }

    private void sendVerification(Account account) {
        String token = tokens.issue(account, TokenPurpose.VERIFY_EMAIL);
        outbox.enqueue(account.getEmail(), "verify-email", account.getLanguage(),
                Map.of("name", account.getDisplayName(), "link", link("verify", token)));
    }

    /** Refuses a try while the subject must wait (and logs the refusal); otherwise counts it. */
    private void throttled(ThrottleRule rule, String subject, String publicId, String what) {
        refuseWhileThrottled(rule, subject, publicId, what);
        throttle.count(rule, subject);
    }

    private void refuseWhileThrottled(ThrottleRule rule, String subject, String publicId, String what) {
        try {
            throttle.check(rule, subject);
        } catch (DomainException refused) {
            securityLog.record(SecurityEventKind.THROTTLED, publicId, what);
            throw refused;
        }
    }

    private Account otherThanMe(String publicId) {
        Account account = byPublicId(publicId);
        if (account.getPublicId().equals(session.getCallerPrincipal().getName())) {
            throw new DomainException("account.notYourself");
        }
        return account;
    }

    private static Locale language(Locale requested) {
        return Languages.byTag(requested == null ? null : requested.getLanguage());
    }

    private static String link(String page, String token) {
        return Settings.baseUrl() + page
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
