package org.misconduct.investigation.subjects;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.PersonnelCategory;

/**
 * A person was named as a subject of the case. Identifiers and the blind indexes screening matches on are sealed
 * under the subject's key: once the identity is erased, no replay can bring either back.
 */
@Revision("1")
public record SubjectRecorded(String caseReference, String subjectId, PersonnelCategory personnelCategory, String nationality,
                              String contingentUnit, String rank, SealedIdentifiers identifiers,
                              List<String> sealedBlindIndexes, Instant recordedAt) {
}
