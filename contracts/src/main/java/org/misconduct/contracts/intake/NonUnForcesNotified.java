package org.misconduct.contracts.intake;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** An allegation against non-UN forces was notified to their government or regional body. The authority's name stays with intake. */
public record NonUnForcesNotified(
        String caseReference,
        String mission,
        Instant notifiedAt) implements PublishedEvent {
}
