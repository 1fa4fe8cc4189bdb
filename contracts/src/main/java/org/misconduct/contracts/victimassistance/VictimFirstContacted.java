package org.misconduct.contracts.victimassistance;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** The first assistance reached a victim; {@code withinClock} says whether within the {@code victim-first-contact} clock. */
public record VictimFirstContacted(
        String caseReference,
        String victimId,
        Instant contactedAt,
        boolean withinClock) implements PublishedEvent {
}
