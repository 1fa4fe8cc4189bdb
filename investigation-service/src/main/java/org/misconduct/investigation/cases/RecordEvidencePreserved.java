package org.misconduct.investigation.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordEvidencePreserved(@TargetAggregateIdentifier String caseReference) {
}
