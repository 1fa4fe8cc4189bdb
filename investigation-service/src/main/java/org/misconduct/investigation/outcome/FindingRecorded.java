package org.misconduct.investigation.outcome;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.InvestigatingEntity;

/**
 * The investigation's outcome; {@code daysTaken} counts calendar days from referral, {@code withinClock} whether
 * the investigation clock was met.
 * Revision 2: {@code summary} and {@code noEvidenceReason} are sealed for the case file ({@code CaseNarratives});
 * revision 1 held them as typed.
 */
@Revision("2")
public record FindingRecorded(String caseReference, Finding finding, String summary, String noEvidenceReason,
                              InvestigatingEntity investigatingEntity, Instant openedAt, Instant referredAt, Instant recordedAt, long daysTaken, boolean withinClock) {
}
