package nl.wijkfonds.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Signing in, step by step. The password step (throttled, the same work for unknown addresses) and, for staff,
 * the second-factor step (TOTP or a recovery code; enrolment at the first sign-in) each end in a one-time ticket.
 * Only {@link #redeem} turns a ticket into a signed-in caller, through {@link TicketIdentityStore}: no other way in.
 */
@Stateless
@PermitAll
public class SignIn {

    /** What comes after a step, the ticket to carry on with, and whose it is. */
    public record Step(Next next, String ticket, String publicId) {
    }

    public enum Next {
        /** Hand the ticket to the identity store: all checks passed. */
        SIGN_IN,
        /** Staff: type the code from the authenticator app (or a recovery code). */
        SECOND_FACTOR,
        /** Staff without an authenticator yet: enrol one first. */
        ENROL
    }

    /** A finished enrolment: the recovery codes to show once, and the sign-in step. */
    public record Enrolment(List<String> recoveryCodes, Step signIn) {
    }

    /** Who the identity store signs in: the public id and the groups. */
    public record Caller(String publicId, Set<String> groups) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AccountTokens tokens;

    @Inject
    private RecoveryCodes recoveryCodes;

    @Inject
    private Throttle throttle;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Clock clock;

    /**
     * Checks e-mail address and password.
     *
     * @throws DomainException {@code login.failed} (wrong address or password: the same answer for both),
     *                         {@code login.disabled}, or a throttling refusal
     */
    public Step withPassword(String email, String password) {
        String address = AccountService.normalise(email);
        String client = clientAddress.orNone();
        Optional<Account> found = accounts.findByEmail(address);
        String publicId = found.map(Account::getPublicId).orElse(null);
        try {
            throttle.check(ThrottleRule.SIGN_IN_ADDRESS, client);
            throttle.check(ThrottleRule.SIGN_IN_ACCOUNT, address);
        } catch (DomainException throttled) {
            securityLog.record(SecurityEventKind.THROTTLED, publicId, "sign-in");
            throw throttled;
        }
        boolean matches = found.isPresent()
                ? passwords.matches(password, found.get().getPasswordHash())
                : dummyCheck(password);
        if (!matches) {
            throttle.count(ThrottleRule.SIGN_IN_ACCOUNT, address);
            throttle.count(ThrottleRule.SIGN_IN_ADDRESS, client);
            securityLog.record(SecurityEventKind.SIGN_IN_FAILED, publicId, found.isEmpty() ? "unknown address" : null);
            throw new DomainException("login.failed");
        }
        Account account = found.get();
        if (!account.isEnabled()) {
            securityLog.record(SecurityEventKind.SIGN_IN_REFUSED_DISABLED, publicId, null);
            throw new DomainException("login.disabled");
        }
        throttle.clear(ThrottleRule.SIGN_IN_ACCOUNT, address);
        if (!account.isStaff()) {
            return signInStep(account);
        }
        return new Step(account.hasTotp() ? Next.SECOND_FACTOR : Next.ENROL,
                tokens.issue(account, TokenPurpose.SECOND_FACTOR), account.getPublicId());
    }

    /**
     * Checks the code of a staff member whose password was right: a TOTP code not used before, or an unused
     * recovery code.
     *
     * @throws DomainException {@code token.invalid} when the password step expired, {@code login.code.wrong}, or
     *                         a throttling refusal
     */
    public Step withSecondFactor(String ticket, String code) {
        Account account = lockedAccountOf(ticket);
        checkThrottle(account);
        OptionalLong step = Totp.matchingStep(account.getTotpSecret(), code, Instant.now(clock));
        boolean totp = step.isPresent() && account.acceptTotpStep(step.getAsLong());
        boolean recovery = !totp && recoveryCodes.use(account, code);
        if (!totp && !recovery) {
            wrongCode(account);
        }
        if (recovery) {
            securityLog.record(SecurityEventKind.RECOVERY_CODE_USED, account.getPublicId(), null);
        }
        tokens.redeem(ticket, TokenPurpose.SECOND_FACTOR);
        throttle.clear(ThrottleRule.SECOND_FACTOR, account.getPublicId());
        return signInStep(account);
    }

    /** The account a second-factor ticket belongs to, for the enrolment page (its name in the app). */
    public String enrolmentLabel(String ticket) {
        return tokens.peek(ticket, TokenPurpose.SECOND_FACTOR).getEmail();
    }

    /**
     * Enrols the authenticator app that shows codes for {@code secret}: the typed code proves the app has it.
     *
     * @throws DomainException {@code totp.code.wrong} naming field {@code code}, or {@code token.invalid}
     */
    public Enrolment enrol(String ticket, String secret, String code) {
        Account account = lockedAccountOf(ticket);
        if (account.hasTotp()) {
            throw new DomainException("token.invalid");
        }
        checkThrottle(account);
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now(clock));
        if (step.isEmpty()) {
            throttle.count(ThrottleRule.SECOND_FACTOR, account.getPublicId());
            securityLog.record(SecurityEventKind.SECOND_FACTOR_FAILED, account.getPublicId(), "enrolment");
            throw new DomainException("totp.code.wrong", "code");
        }
        account.enrolTotp(secret, step.getAsLong(), Instant.now(clock));
        List<String> codes = recoveryCodes.renew(account);
        tokens.redeem(ticket, TokenPurpose.SECOND_FACTOR);
        securityLog.record(SecurityEventKind.TOTP_ENROLLED, account.getPublicId(), null);
        return new Enrolment(codes, signInStep(account));
    }

    /**
     * Turns a sign-in ticket into a caller, once. Only {@link TicketIdentityStore} calls this.
     */
    public Optional<Caller> redeem(String ticket) {
        Account account;
        try {
            account = tokens.redeem(ticket, TokenPurpose.SIGN_IN);
        } catch (DomainException invalid) {
            return Optional.empty();
        }
        if (!account.isEnabled()) {
            return Optional.empty();
        }
        securityLog.record(SecurityEventKind.SIGN_IN, account.getPublicId(), null);
        Set<String> groups = new HashSet<>(account.activeRoles());
        groups.add(Role.ACCOUNT);
        return Optional.of(new Caller(account.getPublicId(), groups));
    }

    /** A new sign-in ticket for the account signed in now, e.g. to pick up roles after verifying the address. */
    public String renewTicket(String publicId) {
        return tokens.issue(accounts.byPublicId(publicId), TokenPurpose.SIGN_IN);
    }

    private Step signInStep(Account account) {
        return new Step(Next.SIGN_IN, tokens.issue(account, TokenPurpose.SIGN_IN), account.getPublicId());
    }

    private boolean dummyCheck(String password) {
        passwords.verifyDummy(password);
        return false;
    }

    private Account lockedAccountOf(String ticket) {
        Account account = tokens.peek(ticket, TokenPurpose.SECOND_FACTOR);
        return em.find(Account.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    private void checkThrottle(Account account) {
        try {
            throttle.check(ThrottleRule.SECOND_FACTOR, account.getPublicId());
        } catch (DomainException throttled) {
            securityLog.record(SecurityEventKind.THROTTLED, account.getPublicId(), "second factor");
            throw throttled;
        }
    }

    private void wrongCode(Account account) {
        throttle.count(ThrottleRule.SECOND_FACTOR, account.getPublicId());
        securityLog.record(SecurityEventKind.SECOND_FACTOR_FAILED, account.getPublicId(), null);
        throw new DomainException("login.code.wrong", "code");
    }
}
