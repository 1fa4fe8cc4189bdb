package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** The Member State appointed its National Investigation Officer; {@code withinClock} tells whether it did so before the nio-appointment clock's due time. */
public record NioAppointed(
        String caseReference,
        String nationality,
        Instant appointedAt,
        boolean withinClock) implements PublishedEvent {
}
