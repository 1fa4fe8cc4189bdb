package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** A case clock passed its due time without being stopped. It counts in reports for good. */
public record ClockBreached(
        String caseReference,
        String clock,
        Instant startedAt,
        Instant dueAt,
        Instant breachedAt) implements PublishedEvent {
}
