package org.misconduct.investigation.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenCase(@TargetAggregateIdentifier String caseReference, Allegation allegation) {
}
