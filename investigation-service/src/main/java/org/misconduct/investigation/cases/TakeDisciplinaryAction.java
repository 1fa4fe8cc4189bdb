package org.misconduct.investigation.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record TakeDisciplinaryAction(@TargetAggregateIdentifier String caseReference, String actionId, ActionKind kind, ActionBy by, String detail) {
}
