package org.misconduct.investigation.cases;

import java.math.BigDecimal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record TakeInterimMeasure(@TargetAggregateIdentifier String caseReference, String measureId, InterimMeasureKind kind, BigDecimal amount, String currency) {
}
