package org.misconduct.intake.triage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One allegation as an intake officer assesses it, personal data opened. A field whose owner was
 * erased reads {@code null} and {@code personalDataErased} is true.
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
        String investigatingEntity) {

    record Complainant(String name, String contact) {
    }
}
