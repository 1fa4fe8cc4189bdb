package org.misconduct.testinfra;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what happens asynchronously (projections, consumers, deadlines), failing with a description. */
public final class Eventually {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private Eventually() {
    }

    public static void await(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + within + ": " + what);
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
