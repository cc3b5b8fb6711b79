package nl.wijkfonds.identity;

import nl.wijkfonds.shared.DomainException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each refusal names its reason; a long passphrase of ordinary words passes. */
class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @BeforeAll
    static void loadTheList() {
        POLICY.load();
    }

    @Test
    void refusesShortLongCommonAndRepetitivePasswords() {
        assertReason("password.tooShort", "kort");
        assertReason("password.tooShort", "elf tekens!");
        assertReason("password.tooLong", "x".repeat(10_000));
        assertReason("password.common", "qwertyuiop123");
        assertReason("password.common", "QwertyUiop123");
        assertReason("password.repetitive", "aaaaaaaaaaaa");
        assertReason("password.repetitive", "abababababab");
        assertReason("validation.required", "");
    }

    @Test
    void acceptsAPassphrase() {
        POLICY.check("drie losse woorden", "password");
        POLICY.check("één paard in de wei", "password");
    }

    private static void assertReason(String key, String password) {
        DomainException refused = assertThrows(DomainException.class, () -> POLICY.check(password, "password"));
        assertEquals(key, refused.messageKey());
        assertEquals("password", refused.property());
    }
}
