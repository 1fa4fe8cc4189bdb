package org.misconduct.investigation.subjects;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.ScreeningRecordKind;

/** What screening tells of the subject changed: the case ended SUBSTANTIATED, or the subject was barred from service. */
@Revision("1")
public record SubjectRecordChanged(String caseReference, String subjectId, ScreeningRecordKind kind, Instant changedAt) {
}
