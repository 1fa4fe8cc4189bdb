package org.misconduct.intake.allegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.InvestigatingEntity;

public record ReferAllegation(@TargetAggregateIdentifier String caseReference, InvestigatingEntity investigatingEntity) {
}
