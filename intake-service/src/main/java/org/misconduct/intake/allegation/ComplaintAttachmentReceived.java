package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The complainant sent a file; its bytes are kept sealed under the complainant's key. {@code receivedSha256} is the
 * hash of what was sent, {@code sha256} of what is kept once image metadata was removed.
 */
@Revision("1")
public record ComplaintAttachmentReceived(String caseReference, String attachmentId, String sha256, String receivedSha256,
                                          long size, String contentType, Instant receivedAt) {
}
