package org.misconduct.victimassistance.assistance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param need     the need's id, or its kind (MEDICAL ...) for the victim's open need of that kind
 * @param provider the organisation referred to; organisation names only, never a person's
 */
record ReferralRequest(
        @NotBlank @Size(max = 64) String need,
        @NotBlank @Size(max = 200) String provider) {
}
