package org.misconduct.investigation.subjects;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.PersonnelCategory;

/**
 * A person was named as a subject of the case. Identifiers are sealed under the subject's key: the screening records
 * derive their blind indexes from them, so once the identity is erased no replay can bring the record back.
 */
@Revision("1")
public record SubjectRecorded(String caseReference, String subjectId, PersonnelCategory personnelCategory, String nationality,
                              String contingentUnit, String rank, SealedIdentifiers identifiers,
                              Instant recordedAt) {
}
