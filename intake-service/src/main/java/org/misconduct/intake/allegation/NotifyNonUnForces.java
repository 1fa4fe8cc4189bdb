package org.misconduct.intake.allegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param authority the government or regional body responsible for the forces concerned */
public record NotifyNonUnForces(@TargetAggregateIdentifier String caseReference, String authority) {
}
