package nl.wijkfonds.testing;

import java.util.concurrent.locks.LockSupport;

/** The pause between two looks at a condition the test waits for (never a fixed wait for an outcome). */
public final class Waiting {

    private static final long LOOK_EVERY_NANOS = 200_000_000L;

    private Waiting() {
    }

    /** Looks at {@code condition} until it holds, for at most a minute; fails naming {@code what} otherwise. */
    public static void until(java.util.function.BooleanSupplier condition, String what) {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited a minute in vain for: " + what);
            }
            pause();
        }
    }

    static void pause() {
        LockSupport.parkNanos(LOOK_EVERY_NANOS);
    }
}
