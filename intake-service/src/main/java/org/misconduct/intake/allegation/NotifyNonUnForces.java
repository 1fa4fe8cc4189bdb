package org.misconduct.intake.allegation;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param authorities the governments or regional bodies responsible for the forces concerned, notified now */
public record NotifyNonUnForces(@TargetAggregateIdentifier String caseReference, List<NotifiedAuthority> authorities) {
}
