package org.misconduct.victimassistance.registry;

import java.time.Instant;

/**
 * One victim as an officer sees them, personal data opened. Once the victim's personal data is
 * erased, {@code personalData} is {@code null} and {@code personalDataErased} is true.
 */
record VictimDetails(
        String victimId,
        String caseReference,
        String ageGroup,
        String sex,
        Consent consent,
        Instant registeredAt,
        PersonalData personalData,
        boolean personalDataErased) {

    record Consent(boolean shareWithInvestigators) {
    }

    record PersonalData(String name, String contact, String location) {
    }
}
