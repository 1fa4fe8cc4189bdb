package org.misconduct.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.awaitility.core.ConditionTimeoutException;
import org.misconduct.system.RunningSystem.Response;

/** Asks again until the system answers as expected: events travel between the services asynchronously. */
final class Polling {

    private static final Duration INTERVAL = Duration.ofMillis(250);

    private Polling() {
    }

    /** The first answer that is {@code done}; failing with the last answer when none is within {@code within}. */
    static Response eventually(String what, Supplier<Response> call, Predicate<Response> done, Duration within) {
        AtomicReference<Response> last = new AtomicReference<>();
        try {
            return await(what).atMost(within).pollInterval(INTERVAL).until(() -> {
                last.set(call.get());
                return last.get();
            }, done);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + " not within " + within + "; last answer: " + last.get(), e);
        }
    }
}
