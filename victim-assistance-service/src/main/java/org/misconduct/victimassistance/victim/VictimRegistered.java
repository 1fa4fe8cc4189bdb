package org.misconduct.victimassistance.victim;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.AgeGroup;

@Revision("1")
public record VictimRegistered(
        String victimId,
        String caseReference,
        AgeGroup ageGroup,
        Sex sex,
        Consent consent,
        SealedPersonalData personalData,
        Instant registeredAt) {
}
