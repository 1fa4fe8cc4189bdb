package org.misconduct.contracts.victimassistance;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** A service was delivered to a victim for a need ({@code kind}: MEDICAL, PSYCHOSOCIAL, LEGAL, MATERIAL, EDUCATION, LIVELIHOOD, SAFETY, PATERNITY). */
public record AssistanceDelivered(
        String caseReference,
        String victimId,
        String kind,
        Instant deliveredAt) implements PublishedEvent {
}
