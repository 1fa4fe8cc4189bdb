package org.misconduct.contracts.intake;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** A complaint was received and registered as an allegation. Carries no narrative and no identity. */
public record AllegationRegistered(
        String caseReference,
        String mission,
        String channel,
        String personnelCategory,
        String allegedNationality,
        Integer victimCount,
        Boolean minorInvolved,
        Instant receivedAt) implements PublishedEvent {
}
