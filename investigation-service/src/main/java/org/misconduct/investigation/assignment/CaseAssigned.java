package org.misconduct.investigation.assignment;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseAssigned(String caseReference, String investigator, Instant assignedAt) {
}
