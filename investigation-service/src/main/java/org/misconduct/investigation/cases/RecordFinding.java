package org.misconduct.investigation.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code noEvidenceReason} explains a finding reached without a preserved evidence item. */
public record RecordFinding(@TargetAggregateIdentifier String caseReference, Finding finding, String summary, String noEvidenceReason) {
}
