package org.misconduct.investigation.cases;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The investigation's outcome; {@code daysTaken} counts calendar days from referral, {@code withinClock} whether the investigation clock was met. */
@Revision("1")
public record FindingRecorded(String caseReference, Finding finding, String summary, String noEvidenceReason, String investigatingEntity, Instant openedAt, Instant referredAt, Instant recordedAt, long daysTaken, boolean withinClock) {
}
