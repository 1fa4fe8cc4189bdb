package org.misconduct.investigation.cases;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** Revision 2: {@code detail} is sealed for the case file ({@link CaseNarratives}); revision 1 held it as typed. */
@Revision("2")
public record DisciplinaryActionTaken(String caseReference, String actionId, ActionKind kind, ActionBy by, String detail, String personnelCategory, String nationality, Instant takenAt) {
}
