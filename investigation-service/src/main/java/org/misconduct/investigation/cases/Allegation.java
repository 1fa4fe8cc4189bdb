package org.misconduct.investigation.cases;

import java.time.Instant;

/** The referred allegation as the case received it from intake: codes, counts and dates. */
public record Allegation(
        String mission,
        AllegationType allegationType,
        String seaCategory,
        String personnelCategory,
        String nationality,
        String contingentUnit,
        Integer victimCount,
        Boolean minorInvolved,
        Priority priority,
        String investigatingEntity,
        Instant receivedAt,
        Instant referredAt) {
}
