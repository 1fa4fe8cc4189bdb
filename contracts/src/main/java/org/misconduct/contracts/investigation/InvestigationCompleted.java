package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** A finding was recorded ({@code finding}: SUBSTANTIATED, NOT_SUBSTANTIATED, CLOSED). {@code daysTaken} counts calendar days from referral; {@code withinClock} tells whether the investigation clock was met. */
public record InvestigationCompleted(
        String caseReference,
        String finding,
        String investigatingEntity,
        Instant openedAt,
        Instant completedAt,
        long daysTaken,
        boolean withinClock) implements PublishedEvent {
}
