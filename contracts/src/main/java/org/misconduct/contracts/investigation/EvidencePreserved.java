package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** Evidence of the case was preserved; {@code withinClock} tells whether it met its deadline. */
public record EvidencePreserved(
        String caseReference,
        Instant preservedAt,
        boolean withinClock) implements PublishedEvent {
}
