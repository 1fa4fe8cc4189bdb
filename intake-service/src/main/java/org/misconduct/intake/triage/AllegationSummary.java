package org.misconduct.intake.triage;

import java.time.Instant;

/** One line of the intake queue: codes and dates only. */
record AllegationSummary(
        String caseReference,
        String status,
        String mission,
        String channel,
        Instant receivedAt,
        String personnelCategory,
        String allegationType,
        String priority,
        String investigatingEntity) {
}
