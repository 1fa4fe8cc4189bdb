package org.misconduct.investigation.outcome;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.ActionBy;
import org.misconduct.contracts.codes.ActionKind;
import org.misconduct.contracts.codes.PersonnelCategory;

/** Revision 2: {@code detail} is sealed for the case file ({@code CaseNarratives}); revision 1 held it as typed. */
@Revision("2")
public record DisciplinaryActionTaken(String caseReference, String actionId, ActionKind kind, ActionBy by, String detail,
                                      PersonnelCategory personnelCategory, String nationality, Instant takenAt) {
}
