package nl.wijkfonds.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The growing wait: free tries, then doubling from the first wait up to the longest. */
class ThrottleRuleTest {

    @Test
    void fiveWrongPasswordsAreFreeThenTheWaitDoublesUpToFifteenMinutes() {
        ThrottleRule rule = ThrottleRule.SIGN_IN_ACCOUNT;
        for (int count = 1; count < 5; count++) {
            assertEquals(Duration.ZERO, rule.waitAfter(count));
        }
        assertEquals(Duration.ofSeconds(30), rule.waitAfter(5));
        assertEquals(Duration.ofSeconds(60), rule.waitAfter(6));
        assertEquals(Duration.ofSeconds(120), rule.waitAfter(7));
        assertEquals(Duration.ofMinutes(15), rule.waitAfter(11));
        assertEquals(Duration.ofMinutes(15), rule.waitAfter(1_000));
    }

    @Test
    void theStoredKeyHoldsNeitherAddressNorEmail() {
        String key = Throttle.key(ThrottleRule.SIGN_IN_ACCOUNT, "Fatima@Example.nl");
        assertEquals(64, key.length());
        assertEquals(key, Throttle.key(ThrottleRule.SIGN_IN_ACCOUNT, "fatima@example.nl"));
    }
}
