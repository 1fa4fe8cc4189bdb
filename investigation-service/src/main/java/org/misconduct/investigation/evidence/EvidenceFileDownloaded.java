package org.misconduct.investigation.evidence;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A copy of an evidence file left the store, like a custody step: who took it is the event's acting user, when is
 * {@code at}, why is the (sealed) {@code purpose}, and {@code sha256} is the hash of what was handed out.
 */
@Revision("1")
public record EvidenceFileDownloaded(String caseReference, String evidenceId, String fileId, String sha256, Instant at,
                                     String purpose) {
}
