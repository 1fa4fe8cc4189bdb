package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** An interim measure was lifted. */
public record InterimMeasureLifted(
        String caseReference,
        String measureId,
        String kind,
        Instant liftedAt) implements PublishedEvent {
}
