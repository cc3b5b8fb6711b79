package nl.wijkfonds.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.wijkfonds.shared.Role;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who can sign in. Life cycle: a resident registers (unverified: may sign in, but takes no part until they
 * follow the link in the e-mail); staff are invited by an administrator and choose their own password through the
 * invitation link (which verifies the address), then enrol an authenticator app (TOTP) at their first sign-in.
 * An administrator can disable and enable an account and change its role. Outside this table the person is known
 * only by {@link #getPublicId()}, a random id: never the e-mail address. The password is only ever held as a
 * PBKDF2 hash.
 */
@Entity
@Cacheable(false)
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32, updatable = false)
    private String publicId;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    private Set<String> roles = new HashSet<>();

    protected Account() {
    }

    /** A new account; {@code passwordHash} is null for an invited staff member who has not chosen one yet. */
    Account(String email, String displayName, String passwordHash, String role, Locale language, Instant createdAt) {
        this.publicId = Secrets.publicId();
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles.add(role);
        this.language = language.getLanguage();
        this.createdAt = createdAt;
    }

    void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
    }

    /** The person corrects the name the platform uses for them (AVG art. 16). */
    void rename(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Erasure (AVG art. 17): the address, name, password and second factor go; what stays is the random public id
     * (so that the audit trail, which names it, still adds up) with no way back to the person. The account can never
     * sign in again.
     */
    void erase() {
        email = "erased-" + publicId + "@invalid";
        displayName = "-";
        passwordHash = null;
        totpSecret = null;
        totpEnabledAt = null;
        enabled = false;
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    /** Each account has one role. Staff who lose their staff role keep their authenticator for a later return. */
    void changeRole(String role) {
        roles.clear();
        roles.add(role);
    }

    void enrolTotp(String secret, long usedStep, Instant now) {
        totpSecret = secret;
        totpEnabledAt = now;
        totpLastStep = usedStep;
    }

    /**
     * Accepts a code's time step only if it is later than the last one used: a code seen once (over a shoulder,
     * in a phishing page) cannot be used again.
     */
    boolean acceptTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role.STAFF::contains);
    }

    public boolean hasTotp() {
        return totpEnabledAt != null;
    }

    public boolean isVerified() {
        return emailVerifiedAt != null;
    }

    public boolean canSignIn() {
        return enabled && passwordHash != null;
    }

    /** The roles this account acts in now: none until the e-mail address is verified. */
    public Set<String> activeRoles() {
        return isVerified() ? Set.copyOf(roles) : Set.of();
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    /** The account's single role. */
    public String getRole() {
        return roles.iterator().next();
    }

    /** What the audit log keeps of an account: no e-mail, name or secret, only what the account may do. */
    public Snapshot snapshot() {
        return new Snapshot(publicId, enabled, isVerified(), Set.copyOf(roles));
    }

    public record Snapshot(String publicId, boolean enabled, boolean verified, Set<String> roles) {
    }
}
