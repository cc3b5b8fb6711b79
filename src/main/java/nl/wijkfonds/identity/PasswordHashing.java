package nl.wijkfonds.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes passwords the same way the identity store checks them: PBKDF2 with HMAC-SHA512 and 210,000 iterations
 * (OWASP's advice for this algorithm), with a random 32-byte salt per password.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";

    @Inject
    private Pbkdf2PasswordHash hash;

    private String dummyHash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                key(ALGORITHM), value(ALGORITHM),
                key(ITERATIONS), value(ITERATIONS),
                key(SALT_SIZE), value(SALT_SIZE)));
        dummyHash = hash.generate(Secrets.token().toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Whether the password matches the stored hash; a missing hash (no password chosen yet) matches nothing. */
    public boolean matches(String password, String storedHash) {
        if (storedHash == null) {
            verifyDummy(password);
            return false;
        }
        return hash.verify(password.toCharArray(), storedHash);
    }

    /**
     * Spends the same time as checking a real password, for addresses without an account: otherwise the answer's
     * speed tells which addresses have one.
     */
    public void verifyDummy(String password) {
        hash.verify(password.toCharArray(), dummyHash);
    }

    private static String key(String setting) {
        return setting.substring(0, setting.indexOf('='));
    }

    private static String value(String setting) {
        return setting.substring(setting.indexOf('=') + 1);
    }
}
