package org.misconduct.investigation.evidence;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A file of an evidence item was stored under the SHA-256 the server computed while receiving it. */
@Revision("1")
public record EvidenceFileAttached(String caseReference, String evidenceId, String fileId, String sha256, long size,
                                   String contentType, Instant attachedAt) {
}
