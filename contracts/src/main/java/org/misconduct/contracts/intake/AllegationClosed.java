package org.misconduct.contracts.intake;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** Intake closed the allegation without referral; {@code reason} is one of NOT_UN_PERSONNEL, INSUFFICIENT_INFORMATION, DUPLICATE, OUT_OF_SCOPE. */
public record AllegationClosed(
        String caseReference,
        String reason,
        Instant closedAt) implements PublishedEvent {
}
