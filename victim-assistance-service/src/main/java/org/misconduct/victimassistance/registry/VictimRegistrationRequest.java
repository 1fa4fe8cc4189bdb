package org.misconduct.victimassistance.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.misconduct.contracts.codes.AgeGroup;
import org.misconduct.contracts.codes.CaseReference;
import org.misconduct.victimassistance.victim.Consent;
import org.misconduct.victimassistance.victim.Sex;

/** A victim as an officer registers them. Personal data and consent may be given later; without consent nothing is shared. */
record VictimRegistrationRequest(
        @NotBlank @Pattern(regexp = CaseReference.PATTERN, message = CaseReference.FORM) String caseReference,
        @NotNull AgeGroup ageGroup,
        @NotNull Sex sex,
        @Valid PersonalData personalData,
        @Valid ConsentGiven consent) {

    record PersonalData(
            @Size(max = 200) String name,
            @Size(max = 500) String contact,
            @Size(max = 500) String location) {
    }

    record ConsentGiven(@NotNull Boolean shareWithInvestigators) {
    }

    Consent toConsent() {
        return new Consent(consent != null && Boolean.TRUE.equals(consent.shareWithInvestigators()));
    }
}
