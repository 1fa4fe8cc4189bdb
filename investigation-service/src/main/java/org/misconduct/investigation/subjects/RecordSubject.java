package org.misconduct.investigation.subjects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.PersonnelCategory;

/** Names a person as a subject of the case; identifiers arrive sealed. */
public record RecordSubject(@TargetAggregateIdentifier String caseReference, String subjectId,
                            PersonnelCategory personnelCategory, String nationality, String contingentUnit, String rank,
                            SealedIdentifiers identifiers) {
}
