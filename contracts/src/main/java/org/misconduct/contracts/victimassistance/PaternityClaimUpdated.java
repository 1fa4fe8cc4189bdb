package org.misconduct.contracts.victimassistance;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** A paternity or child-support claim of a victim changed status. */
public record PaternityClaimUpdated(
        String caseReference,
        String victimId,
        String status,
        Instant updatedAt) implements PublishedEvent {
}
