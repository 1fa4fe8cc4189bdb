package org.misconduct.victimassistance.victim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the status of one of the victim's paternity or child-support claims.
 *
 * @param claimId    the claim to update; without it, {@code FILED} files a new claim and any other
 *                   status updates the victim's only open claim
 * @param newClaimId the id a newly filed claim gets
 */
public record RecordPaternityClaimStatus(@TargetAggregateIdentifier String victimId, String claimId, String newClaimId,
                                         PaternityClaimStatus status) {
}
