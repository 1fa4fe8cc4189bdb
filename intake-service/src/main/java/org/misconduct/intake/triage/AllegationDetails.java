package org.misconduct.intake.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.misconduct.intake.followup.FollowUpMessage;

/**
 * One allegation as an intake officer assesses it, sealed texts opened. Once the complainant is erased,
 * {@code personalDataErased} is true and their identity and messages read {@code null}; the description, location
 * and closure note belong to the case file and stay.
 */
record AllegationDetails(
        String caseReference,
        String status,
        String mission,
        String channel,
        String language,
        Instant receivedAt,
        LocalDate incidentDate,
        String personnelCategory,
        String nationality,
        Integer victimCount,
        Boolean minorInvolved,
        boolean anonymous,
        String description,
        String location,
        Complainant complainant,
        boolean personalDataErased,
        String allegationType,
        String seaCategory,
        String contingentUnit,
        String priority,
        String investigatingEntity,
        String closureReason,
        String closureNote,
        String nonUnAuthority,
        Instant nonUnNotifiedAt,
        List<FollowUpMessage> messages) {

    record Complainant(String name, String contact) {
    }
}
