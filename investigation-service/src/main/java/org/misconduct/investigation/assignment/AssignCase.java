package org.misconduct.investigation.assignment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssignCase(@TargetAggregateIdentifier String caseReference, String investigator) {
}
