package org.misconduct.intake.allegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param sealedText the complainant's words, sealed under the complainant's key */
public record ReceiveComplainantMessage(@TargetAggregateIdentifier String caseReference, String sealedText) {
}
