package org.misconduct.investigation.outcome;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.ActionKind;
import org.misconduct.contracts.codes.MemberStateActionOutcome;

/**
 * The Member State's follow-through on a SUBSTANTIATED finding is on record: its report, or an action it took
 * ({@code actionKind}, whose own detail is with the action). {@code detail} is sealed for the case file;
 * {@code withinClock} says whether the {@code member-state-action} clock was met.
 */
@Revision("1")
public record MemberStateActionRecorded(String caseReference, String nationality, MemberStateActionOutcome outcome,
                                        ActionKind actionKind, String detail, Instant recordedAt, boolean withinClock) {
}
