package org.misconduct.investigation.measures;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LiftInterimMeasure(@TargetAggregateIdentifier String caseReference, String measureId) {
}
