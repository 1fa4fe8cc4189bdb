package org.misconduct.victimassistance.victim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.AgeGroup;

/** Its personal data must already be sealed under {@code victimId}. */
public record RegisterVictim(
        @TargetAggregateIdentifier String victimId,
        String caseReference,
        AgeGroup ageGroup,
        Sex sex,
        Consent consent,
        SealedPersonalData personalData) {
}
