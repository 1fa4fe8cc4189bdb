package org.misconduct.intake.allegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.ClosureReason;

/** @param sealedNote the officer's note, sealed under the complainant's key (it may name people) */
public record CloseAllegation(@TargetAggregateIdentifier String caseReference, ClosureReason reason, String sealedNote) {
}
