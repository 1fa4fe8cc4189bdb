package org.misconduct.investigation.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MakeCriminalReferral(@TargetAggregateIdentifier String caseReference, CriminalAuthority authority) {
}
