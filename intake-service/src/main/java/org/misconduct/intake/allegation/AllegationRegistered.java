package org.misconduct.intake.allegation;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.contracts.codes.PersonnelCategory;

/**
 * A complaint registered as an allegation. Revision 2 seals the narrative under the case file's key and the
 * complainant's identity under theirs; revision 1 held both under the complainant's key
 * ({@link AllegationRegisteredUpcaster}).
 */
@Revision("2")
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
        SealedNarrative narrative,
        SealedComplainant complainant,
        String followUpCodeHash) {
}
