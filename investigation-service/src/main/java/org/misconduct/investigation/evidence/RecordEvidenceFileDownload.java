package org.misconduct.investigation.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code purpose} is sealed for the case file, as a custody transfer's is. */
public record RecordEvidenceFileDownload(@TargetAggregateIdentifier String caseReference, String evidenceId, String fileId,
                                         String purpose) {
}
