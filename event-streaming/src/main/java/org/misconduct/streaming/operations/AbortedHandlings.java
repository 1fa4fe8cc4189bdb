package org.misconduct.streaming.operations;

import java.sql.SQLException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The events whose handler had the database refuse a statement. PostgreSQL then refuses every further statement of the
 * transaction, the dead letter's own insert included, so the event cannot be queued there: the processor retries its
 * batch instead, and this time the event's handlers run within a savepoint ({@link SavepointForRetriedEvents}), which a
 * failure rolls back, leaving a transaction the dead letter can be written in. Held in memory, at most
 * {@value #HELD} events for an hour: an event forgotten meanwhile is only retried once more before it is queued.
 */
public final class AbortedHandlings {

    private static final int HELD = 10_000;

    private final Cache<String, Boolean> events = Caffeine.newBuilder().maximumSize(HELD)
            .expireAfterWrite(Duration.ofHours(1)).build();

    /** Whether the database refused a statement on the way to this failure, so the transaction is aborted. */
    static boolean abortsTheTransaction(Throwable failure) {
        return FailureCauses.anyMatch(failure, cause -> cause instanceof SQLException);
    }

    /** Its next handling runs within a savepoint. */
    void remember(String eventId) {
        events.put(eventId, Boolean.TRUE);
    }

    boolean handledWithinSavepoint(String eventId) {
        return events.getIfPresent(eventId) != null;
    }

    void forget(String eventId) {
        events.invalidate(eventId);
    }
}
