package org.misconduct.contracts.victimassistance;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** How many victims of the case consent to share with investigators changed. It tells that a consenting victim exists, never who. */
public record SharingConsentChanged(
        String caseReference,
        int consentingVictims,
        Instant changedAt) implements PublishedEvent {
}
