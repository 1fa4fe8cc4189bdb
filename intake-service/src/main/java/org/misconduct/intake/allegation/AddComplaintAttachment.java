package org.misconduct.intake.allegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A file the complainant sent, already received and sealed by the file store. */
public record AddComplaintAttachment(@TargetAggregateIdentifier String caseReference, String attachmentId, String sha256,
                                     String receivedSha256, long size, String contentType) {
}
