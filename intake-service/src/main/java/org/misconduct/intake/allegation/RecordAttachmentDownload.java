package org.misconduct.intake.allegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code sealedPurpose} is sealed under the case file's key. */
public record RecordAttachmentDownload(@TargetAggregateIdentifier String caseReference, String attachmentId, String sealedPurpose) {
}
