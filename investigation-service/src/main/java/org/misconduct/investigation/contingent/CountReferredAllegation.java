package org.misconduct.investigation.contingent;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CountReferredAllegation(@TargetAggregateIdentifier String contingentId, ContingentUnit contingent,
                                      String caseReference, Instant receivedAt) {
}
