package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The investigation recorded its finding; the complainant's status follows it. */
@Revision("1")
public record InvestigationConcluded(String caseReference, InvestigationOutcome outcome, Instant completedAt) {
}
