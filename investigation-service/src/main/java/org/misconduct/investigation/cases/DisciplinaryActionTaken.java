package org.misconduct.investigation.cases;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DisciplinaryActionTaken(String caseReference, String actionId, ActionKind kind, ActionBy by, String detail, String personnelCategory, String nationality, Instant takenAt) {
}
