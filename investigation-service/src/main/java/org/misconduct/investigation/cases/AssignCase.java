package org.misconduct.investigation.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssignCase(@TargetAggregateIdentifier String caseReference, String investigator) {
}
