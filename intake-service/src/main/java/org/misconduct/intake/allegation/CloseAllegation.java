package org.misconduct.intake.allegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.ClosureReason;

/** @param sealedNote the officer's note (it may name people), sealed with the allegation's narrative under the case file's key */
public record CloseAllegation(@TargetAggregateIdentifier String caseReference, ClosureReason reason, String sealedNote) {
}
