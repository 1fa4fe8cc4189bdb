package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** The Member State of the personnel concerned was notified and asked whether it will investigate; {@code responseDueAt} is the member-state-intent clock's due time. */
public record MemberStateNotified(
        String caseReference,
        String nationality,
        String personnelCategory,
        Instant notifiedAt,
        Instant responseDueAt) implements PublishedEvent {
}
