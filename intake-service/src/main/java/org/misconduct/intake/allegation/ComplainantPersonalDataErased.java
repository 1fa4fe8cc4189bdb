package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The complainant's key was destroyed: everything sealed under it is unreadable for good. */
@Revision("1")
public record ComplainantPersonalDataErased(String caseReference, String subjectId, Instant erasedAt) {
}
