package nl.wijkfonds.identity;

import java.time.Duration;

/** What a one-time token is for, and how long it lasts. */
public enum TokenPurpose {
    /** The link in the e-mail after registration. */
    VERIFY_EMAIL(Duration.ofHours(24)),
    /** The link in a password-reset e-mail. */
    RESET_PASSWORD(Duration.ofHours(1)),
    /** The link with which invited staff choose their password (it verifies the address too). */
    INVITATION(Duration.ofDays(7)),
    /**
     * Handed to the identity store after every check passed: the only way to become signed in. Long enough for
     * staff to save their recovery codes after enrolling, before they go on.
     */
    SIGN_IN(Duration.ofMinutes(15)),
    /** Password right, second factor (or enrolment) still to come. */
    SECOND_FACTOR(Duration.ofMinutes(5));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
