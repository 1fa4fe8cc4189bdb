package org.misconduct.victimassistance.publication;

import org.misconduct.contracts.victimassistance.VictimRegistered;

/**
 * Maps victim assistance's internal events to the published contract. The sealed personal data and
 * the consent stay behind: a victim leaves this service only as a pseudonymous id with codes.
 */
final class PublishedVictimAssistanceEvents {

    private PublishedVictimAssistanceEvents() {
    }

    static VictimRegistered registered(org.misconduct.victimassistance.victim.VictimRegistered event) {
        return new VictimRegistered(event.caseReference(), event.victimId(), name(event.ageGroup()), name(event.sex()),
                event.registeredAt());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
