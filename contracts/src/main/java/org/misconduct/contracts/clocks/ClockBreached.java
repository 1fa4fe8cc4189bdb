package org.misconduct.contracts.clocks;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** A clock ({@code evidence-preservation}, {@code investigation}, {@code victim-first-contact} ...) passed its due time without being stopped. It counts in reports for good. */
public record ClockBreached(
        String caseReference,
        String clock,
        Instant startedAt,
        Instant dueAt,
        Instant breachedAt) implements PublishedEvent {
}
