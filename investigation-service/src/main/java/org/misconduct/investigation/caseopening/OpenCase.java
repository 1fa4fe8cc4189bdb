package org.misconduct.investigation.caseopening;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenCase(@TargetAggregateIdentifier String caseReference, Allegation allegation) {
}
