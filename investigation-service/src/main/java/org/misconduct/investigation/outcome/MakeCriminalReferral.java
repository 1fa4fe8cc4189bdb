package org.misconduct.investigation.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.CriminalAuthority;

public record MakeCriminalReferral(@TargetAggregateIdentifier String caseReference, CriminalAuthority authority) {
}
