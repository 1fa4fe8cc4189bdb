package org.misconduct.intake.allegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EraseComplainantPersonalData(@TargetAggregateIdentifier String caseReference) {
}
