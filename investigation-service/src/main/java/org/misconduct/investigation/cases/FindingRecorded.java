package org.misconduct.investigation.cases;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The investigation's outcome; {@code daysTaken} counts calendar days from referral, {@code withinClock} whether
 * the investigation clock was met.
 * Revision 2: {@code summary} and {@code noEvidenceReason} are sealed for the case file ({@link CaseNarratives});
 * revision 1 held them as typed.
 */
@Revision("2")
public record FindingRecorded(String caseReference, Finding finding, String summary, String noEvidenceReason, String investigatingEntity, Instant openedAt, Instant referredAt, Instant recordedAt, long daysTaken, boolean withinClock) {
}
