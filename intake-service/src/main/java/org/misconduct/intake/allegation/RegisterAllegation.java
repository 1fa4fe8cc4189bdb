package org.misconduct.intake.allegation;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.contracts.codes.PersonnelCategory;

public record RegisterAllegation(
        @TargetAggregateIdentifier String caseReference,
        Instant receivedAt,
        String mission,
        Channel channel,
        String language,
        LocalDate incidentDate,
        PersonnelCategory personnelCategory,
        String allegedNationality,
        Integer victimCount,
        Boolean minorInvolved,
        boolean anonymous,
        Boolean complainantIsVictim,
        SealedNarrative narrative,
        SealedComplainant complainant,
        String followUpCodeHash) {
}
