package nl.wijkfonds.testing;

import java.util.concurrent.locks.LockSupport;

/** The pause between two looks at a condition the test waits for (never a fixed wait for an outcome). */
final class Waiting {

    private static final long LOOK_EVERY_NANOS = 200_000_000L;

    private Waiting() {
    }

    static void pause() {
        LockSupport.parkNanos(LOOK_EVERY_NANOS);
    }
}
