package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** The investigation side opened its case for a referred allegation. */
public record InvestigationOpened(
        String caseReference,
        String mission,
        String allegationType,
        String personnelCategory,
        String nationality,
        String priority,
        String investigatingEntity,
        Instant openedAt) implements PublishedEvent {
}
