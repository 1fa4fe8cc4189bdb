package org.misconduct.investigation.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LiftInterimMeasure(@TargetAggregateIdentifier String caseReference, String measureId) {
}
