package org.misconduct.contracts.intake;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/**
 * The allegation was referred for investigation. Self-contained, so the investigation can open
 * its case from this event alone; {@code receivedAt} starts the evidence-preservation clock.
 */
public record AllegationReferred(
        String caseReference,
        String mission,
        String allegationType,
        String seaCategory,
        String personnelCategory,
        String nationality,
        String contingentUnit,
        Integer victimCount,
        Boolean minorInvolved,
        String priority,
        String investigatingEntity,
        Instant receivedAt,
        Instant referredAt) implements PublishedEvent {
}
