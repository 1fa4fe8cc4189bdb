package org.misconduct.investigation.measures;

import java.math.BigDecimal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.InterimMeasureKind;

public record TakeInterimMeasure(@TargetAggregateIdentifier String caseReference, String measureId, InterimMeasureKind kind, BigDecimal amount, String currency) {
}
