package org.misconduct.victimassistance.registry;

import java.time.Instant;

/** One victim of a case, without personal data. */
record VictimSummary(
        String victimId,
        String caseReference,
        String ageGroup,
        String sex,
        boolean shareWithInvestigators,
        Instant registeredAt,
        boolean personalDataErased) {
}
