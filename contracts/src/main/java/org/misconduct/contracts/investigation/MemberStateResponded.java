package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** The Member State said whether it will investigate; {@code withinClock} tells whether it answered before the member-state-intent clock's due time. */
public record MemberStateResponded(
        String caseReference,
        String nationality,
        boolean willInvestigate,
        boolean nioAppointed,
        Instant respondedAt,
        boolean withinClock) implements PublishedEvent {
}
