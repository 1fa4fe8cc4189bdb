package org.misconduct.contracts.victimassistance;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** A victim was registered against a case. Pseudonymous: the victim's identity never leaves victim assistance. */
public record VictimRegistered(
        String caseReference,
        String victimId,
        String ageGroup,
        String sex,
        Instant registeredAt) implements PublishedEvent {
}
