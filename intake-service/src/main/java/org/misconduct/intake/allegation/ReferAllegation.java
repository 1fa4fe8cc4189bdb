package org.misconduct.intake.allegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReferAllegation(@TargetAggregateIdentifier String caseReference, InvestigatingEntity investigatingEntity) {
}
