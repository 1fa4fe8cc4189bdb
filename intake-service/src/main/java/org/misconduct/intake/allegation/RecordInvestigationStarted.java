package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordInvestigationStarted(@TargetAggregateIdentifier String caseReference, Instant openedAt) {
}
