package org.misconduct.investigation.subjects;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The subject's key was destroyed: their identifiers and blind indexes can no longer be opened, the history stays. */
@Revision("1")
public record SubjectIdentityErased(String caseReference, String subjectId, Instant erasedAt) {
}
