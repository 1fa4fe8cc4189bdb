package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The investigation opened its case for the referred allegation. */
@Revision("1")
public record InvestigationStarted(String caseReference, Instant openedAt) {
}
