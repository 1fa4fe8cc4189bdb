package org.misconduct.investigation.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A file received and sealed by the file store, to be chained to an evidence item. */
public record AttachEvidenceFile(@TargetAggregateIdentifier String caseReference, String evidenceId, String fileId, String sha256,
                                 long size, String contentType) {
}
