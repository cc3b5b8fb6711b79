package nl.wijkfonds.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Violation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (NIST SP 800-63B): at least 12 characters, at most 128 (longer ones only cost hashing
 * time), not one of the passwords criminals try first (a bundled list of 49,000 passwords from breaches), and not
 * a single character or two repeated. No rules about digits or capitals: length beats them.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final String LIST = "identity/common-passwords.txt";

    private final Set<String> common = new HashSet<>();

    @PostConstruct
    void load() {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing " + LIST);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> common.add(line.strip().toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws DomainException naming {@code property} with the reason the password is refused */
    public void check(String password, String property) {
        violation(password, property).ifPresent(refusal -> {
            throw new DomainException(refusal.messageKey(), property, refusal.arguments().toArray());
        });
    }

    /** Why the password is refused, if it is; to show beside its field together with a form's other problems. */
    public Optional<Violation> violation(String password, String property) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new Violation(property, "validation.required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new Violation(property, "password.tooShort", List.of(MIN_LENGTH)));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Violation(property, "password.tooLong", List.of(MAX_LENGTH)));
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Violation(property, "password.common"));
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of(new Violation(property, "password.repetitive"));
        }
        return Optional.empty();
    }
}
