package org.misconduct.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.misconduct.system.RunningSystem.Response;

/** Asks again until the system answers as expected: events travel between the services asynchronously. */
final class Polling {

    private static final Duration PAUSE = Duration.ofMillis(250);

    private Polling() {
    }

    static Response eventually(String what, Supplier<Response> call, Predicate<Response> done, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        Response last = call.get();
        while (!done.test(last)) {
            assertThat(System.nanoTime()).as(what + "; last answer: " + last).isLessThan(deadline);
            pause(PAUSE);
            last = call.get();
        }
        return last;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
