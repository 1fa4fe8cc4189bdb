package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/**
 * The Member State's follow-through on a SUBSTANTIATED finding is on record: its report ({@code outcome}: ACTION_TAKEN,
 * NO_ACTION) or an action it took ({@code actionKind}). {@code withinClock} says whether it came within the
 * {@code member-state-action} clock; the first record of a case stops that clock.
 */
public record MemberStateActionRecorded(
        String caseReference,
        String nationality,
        String outcome,
        String actionKind,
        Instant recordedAt,
        boolean withinClock) implements PublishedEvent {
}
