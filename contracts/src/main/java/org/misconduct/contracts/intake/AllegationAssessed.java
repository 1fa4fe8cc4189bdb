package org.misconduct.contracts.intake;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** Intake classified the allegation. */
public record AllegationAssessed(
        String caseReference,
        String allegationType,
        String seaCategory,
        String personnelCategory,
        String nationality,
        String contingentUnit,
        Integer victimCount,
        Boolean minorInvolved,
        String priority,
        Instant assessedAt) implements PublishedEvent {
}
