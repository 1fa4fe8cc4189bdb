package org.misconduct.contracts.clocks;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/**
 * A clock ({@code evidence-preservation}, {@code investigation}, {@code victim-first-contact} ...) passed its due time
 * without being stopped. It counts in reports for good. {@code victimId} names the victim whose
 * {@code victim-first-contact} clock it was (a pseudonymous id); null for every other clock.
 */
public record ClockBreached(
        String caseReference,
        String clock,
        Instant startedAt,
        Instant dueAt,
        Instant breachedAt,
        String victimId) implements PublishedEvent {

    public ClockBreached(String caseReference, String clock, Instant startedAt, Instant dueAt, Instant breachedAt) {
        this(caseReference, clock, startedAt, dueAt, breachedAt, null);
    }
}
