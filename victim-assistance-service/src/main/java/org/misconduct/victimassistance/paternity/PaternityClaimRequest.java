package org.misconduct.victimassistance.paternity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.misconduct.victimassistance.victim.PaternityClaimStatus;

/**
 * @param status  FILED files a new claim; any other status moves a claim on
 * @param claimId the claim to move on; may be left out while the victim has one open claim
 */
record PaternityClaimRequest(@NotNull PaternityClaimStatus status, @Size(max = 64) String claimId) {
}
