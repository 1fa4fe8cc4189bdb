package org.misconduct.investigation.evidence;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordEvidence(@TargetAggregateIdentifier String caseReference, String evidenceId, EvidenceKind kind, String description, String sha256, Instant collectedAt, String collectedBy) {
}
