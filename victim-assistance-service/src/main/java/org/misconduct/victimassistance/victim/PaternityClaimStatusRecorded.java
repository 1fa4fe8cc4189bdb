package org.misconduct.victimassistance.victim;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A paternity or child-support claim took a status; the first status of a claim is {@code FILED}. */
@Revision("1")
public record PaternityClaimStatusRecorded(String victimId, String caseReference, String claimId, PaternityClaimStatus status,
                                           Instant recordedAt) {
}
