package org.misconduct.victimassistance.registry;

import java.time.Instant;

/** One victim of a case, without personal data: how many needs still wait, and whether first contact came too late. */
record VictimSummary(
        String victimId,
        String caseReference,
        String ageGroup,
        String sex,
        boolean shareWithInvestigators,
        Instant registeredAt,
        boolean personalDataErased,
        int openNeeds,
        boolean firstContactBreached) {
}
