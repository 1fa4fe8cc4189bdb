package org.misconduct.investigation.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordEvidencePreserved(@TargetAggregateIdentifier String caseReference) {
}
