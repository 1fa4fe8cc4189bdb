package org.misconduct.contracts.clocks;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** A clock's due time moved later for a recorded reason. The reason stays with the producing service; a breach already emitted still counts. */
public record ClockExtended(
        String caseReference,
        String clock,
        Instant previousDueAt,
        Instant dueAt,
        Instant extendedAt) implements PublishedEvent {
}
