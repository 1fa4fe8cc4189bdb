package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordInvestigationOutcome(@TargetAggregateIdentifier String caseReference, InvestigationOutcome outcome,
                                         Instant completedAt) {
}
