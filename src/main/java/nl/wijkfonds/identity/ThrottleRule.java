package nl.wijkfonds.identity;

import java.time.Duration;

/**
 * How many tries of one kind are free before each further one makes the next wait: the first wait is
 * {@code firstWait}, doubling per further try up to {@code longestWait}; the count is forgotten after
 * {@code forgetAfter} without tries. Short enough that the real person is never locked out for long.
 */
public enum ThrottleRule {
    /** Wrong passwords for one e-mail address (known or not, so that the answer tells nothing). */
    SIGN_IN_ACCOUNT(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1)),
    /** Wrong passwords from one client address; more are free since many people may share one address. */
    SIGN_IN_ADDRESS(30, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1)),
    /** Wrong second-factor codes for one account. */
    SECOND_FACTOR(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1)),
    /** Registrations from one client address. */
    REGISTRATION_ADDRESS(10, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1)),
    /** Password-reset requests from one client address. */
    RESET_ADDRESS(10, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1)),
    /** Account e-mails (verification, reset, "you already have an account") to one address: no mail bombing. */
    MAIL_RECIPIENT(3, Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(1)),
    /**
     * Wrong voting codes from one client address: ten are free, then each waits a minute, doubling up to ten,
     * so that a voter behind a shared address is never kept out for long; forgotten after 15 quiet minutes.
     */
    VOTING_CODE_ADDRESS(10, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(15)),
    /** Wrong voting codes for one postcode, from any address: guessing a household's code spread over many. */
    VOTING_CODE_POSTCODE(10, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(15));

    private final int free;
    private final Duration firstWait;
    private final Duration longestWait;
    private final Duration forgetAfter;

    ThrottleRule(int free, Duration firstWait, Duration longestWait, Duration forgetAfter) {
        this.free = free;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.forgetAfter = forgetAfter;
    }

    /** The wait after the {@code count}-th counted try; zero while tries are free. */
    Duration waitAfter(int count) {
        if (count < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - free, 20);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    Duration forgetAfter() {
        return forgetAfter;
    }
}
