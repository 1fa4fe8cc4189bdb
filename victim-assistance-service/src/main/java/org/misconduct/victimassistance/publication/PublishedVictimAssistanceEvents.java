package org.misconduct.victimassistance.publication;

import java.time.Instant;

import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.victimassistance.AssistanceDelivered;
import org.misconduct.contracts.victimassistance.PaternityClaimUpdated;
import org.misconduct.contracts.victimassistance.SharingConsentChanged;
import org.misconduct.contracts.victimassistance.VictimFirstContacted;
import org.misconduct.contracts.victimassistance.VictimRegistered;
import org.misconduct.victimassistance.clock.FirstContactClockBreached;
import org.misconduct.victimassistance.clock.FirstContactClockStopped;
import org.misconduct.victimassistance.victim.PaternityClaimStatusRecorded;

/**
 * Maps victim assistance's internal events to the published contract. The sealed personal data,
 * the providers and which victim consents stay behind: a victim leaves this service only as a
 * pseudonymous id with codes and dates.
 */
final class PublishedVictimAssistanceEvents {

    private PublishedVictimAssistanceEvents() {
    }

    static VictimRegistered registered(org.misconduct.victimassistance.victim.VictimRegistered event) {
        return new VictimRegistered(event.caseReference(), event.victimId(), name(event.ageGroup()), name(event.sex()),
                event.registeredAt());
    }

    static AssistanceDelivered delivered(org.misconduct.victimassistance.victim.AssistanceDelivered event) {
        return new AssistanceDelivered(event.caseReference(), event.victimId(), name(event.kind()), event.deliveredAt());
    }

    static PaternityClaimUpdated paternityClaimUpdated(PaternityClaimStatusRecorded event) {
        return new PaternityClaimUpdated(event.caseReference(), event.victimId(), name(event.status()), event.recordedAt());
    }

    static SharingConsentChanged sharingConsentChanged(String caseReference, int consentingVictims, Instant changedAt) {
        return new SharingConsentChanged(caseReference, consentingVictims, changedAt);
    }

    static VictimFirstContacted firstContacted(FirstContactClockStopped event) {
        return new VictimFirstContacted(event.caseReference(), event.victimId(), event.stoppedAt(), event.withinDeadline());
    }

    static ClockBreached firstContactBreached(FirstContactClockBreached event) {
        return new ClockBreached(event.caseReference(), ClockName.VICTIM_FIRST_CONTACT.wireName(), event.startedAt(), event.dueAt(),
                event.breachedAt(), event.victimId());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
