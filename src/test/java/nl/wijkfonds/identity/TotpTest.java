package nl.wijkfonds.identity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TOTP against the test vectors of RFC 6238 (SHA-1, the last six of their eight digits). */
class TotpTest {

    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesMatchTheRfcTestVectors() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", RFC_SECRET);
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void aCodeIsAcceptedOneStepEarlyOrLateButNotTwo() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        assertEquals(step - 1, Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now).orElseThrow());
        assertEquals(step + 1, Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now).orElseThrow());
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now).isEmpty());
    }

    @Test
    void malformedCodesMatchNothing() {
        Instant now = Instant.ofEpochSecond(59);
        for (String typed : new String[]{null, "", "28708", "2870821", "abcdef", "28708x", "9".repeat(10_000)}) {
            assertTrue(Totp.matchingStep(RFC_SECRET, typed, now).isEmpty(), String.valueOf(typed));
        }
        assertEquals(Totp.step(now), Totp.matchingStep(RFC_SECRET, " 287 082 ", now).orElseThrow());
    }

    @Test
    void base32RoundTripsAndSecretsHave160Bits() {
        byte[] bytes = {0, 1, 2, (byte) 0xff, 42, 17, (byte) 0x80};
        assertArrayEquals(bytes, Totp.fromBase32(Totp.base32(bytes)));
        assertEquals(32, Totp.newSecret().length());
        assertTrue(Totp.uri("Wijkfonds", "a b@example.nl", "ABC").startsWith("otpauth://totp/Wijkfonds:a%20b%40example.nl?secret=ABC"));
    }
}
