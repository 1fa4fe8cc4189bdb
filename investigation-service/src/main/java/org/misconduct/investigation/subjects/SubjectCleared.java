package org.misconduct.investigation.subjects;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.Finding;

/** The case ended without a SUBSTANTIATED finding: screening no longer finds a record of the subject from it. */
@Revision("1")
public record SubjectCleared(String caseReference, String subjectId, Finding finding, Instant clearedAt) {
}
