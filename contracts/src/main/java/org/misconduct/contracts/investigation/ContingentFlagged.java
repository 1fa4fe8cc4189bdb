package org.misconduct.contracts.investigation;

import java.time.Instant;
import java.util.List;

import org.misconduct.contracts.PublishedEvent;

/** A contingent (mission, nationality, unit) showed a pattern: {@code reason} is REFERRED_SEA_ALLEGATIONS or MEMBER_STATE_INTENT_BREACHED. Keyed by {@code contingentId}. */
public record ContingentFlagged(
        String contingentId,
        String mission,
        String nationality,
        String unit,
        String reason,
        List<String> caseReferences,
        Instant flaggedAt) implements PublishedEvent {

    /** A contingent's events concern several cases, so they are keyed by the contingent. */
    @Override
    public String key() {
        return contingentId;
    }
}
