package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A copy of an attachment left the store: who is the event's acting user, when is {@code at}, why the sealed purpose. */
@Revision("1")
public record AttachmentDownloaded(String caseReference, String attachmentId, Instant at, String sealedPurpose) {
}
