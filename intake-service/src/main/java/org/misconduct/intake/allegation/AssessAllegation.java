package org.misconduct.intake.allegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssessAllegation(@TargetAggregateIdentifier String caseReference, Assessment assessment) {
}
