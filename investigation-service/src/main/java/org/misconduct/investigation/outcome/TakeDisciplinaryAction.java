package org.misconduct.investigation.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.ActionBy;
import org.misconduct.contracts.codes.ActionKind;

public record TakeDisciplinaryAction(@TargetAggregateIdentifier String caseReference, String actionId, ActionKind kind, ActionBy by, String detail) {
}
