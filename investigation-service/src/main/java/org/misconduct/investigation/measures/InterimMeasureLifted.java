package org.misconduct.investigation.measures;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.InterimMeasureKind;

@Revision("1")
public record InterimMeasureLifted(String caseReference, String measureId, InterimMeasureKind kind, Instant liftedAt) {
}
