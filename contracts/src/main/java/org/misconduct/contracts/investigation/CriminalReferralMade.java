package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** The case was referred for criminal accountability ({@code authority}: HOST_STATE, SENDING_STATE). */
public record CriminalReferralMade(
        String caseReference,
        String authority,
        Instant referredAt) implements PublishedEvent {
}
