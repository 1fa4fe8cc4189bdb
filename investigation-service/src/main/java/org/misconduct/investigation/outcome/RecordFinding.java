package org.misconduct.investigation.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.Finding;

/** {@code noEvidenceReason} explains a finding reached without a preserved evidence item. */
public record RecordFinding(@TargetAggregateIdentifier String caseReference, Finding finding, String summary, String noEvidenceReason) {
}
