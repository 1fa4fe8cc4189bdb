package org.misconduct.intake.allegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param sealedText the intake officer's reply, sealed under the complainant's key */
public record ReplyToComplainant(@TargetAggregateIdentifier String caseReference, String sealedText) {
}
