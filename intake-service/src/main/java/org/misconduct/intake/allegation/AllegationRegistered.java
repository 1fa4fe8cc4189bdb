package org.misconduct.intake.allegation;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.contracts.codes.PersonnelCategory;

@Revision("1")
public record AllegationRegistered(
        String caseReference,
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
        SealedPersonalData personalData,
        String followUpCodeHash) {
}
