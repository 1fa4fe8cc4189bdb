package org.misconduct.contracts.investigation;

import java.time.Instant;
import java.util.List;

import org.misconduct.contracts.PublishedEvent;

/** A conduct officer decided to repatriate a flagged contingent. Keyed by {@code contingentId}. */
public record ContingentRepatriated(
        String contingentId,
        String mission,
        String nationality,
        String unit,
        List<String> caseReferences,
        Instant decidedAt) implements PublishedEvent {

    /** A contingent's events concern several cases, so they are keyed by the contingent. */
    @Override
    public String key() {
        return contingentId;
    }
}
