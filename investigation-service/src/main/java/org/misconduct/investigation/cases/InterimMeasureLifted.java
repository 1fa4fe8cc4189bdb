package org.misconduct.investigation.cases;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record InterimMeasureLifted(String caseReference, String measureId, InterimMeasureKind kind, Instant liftedAt) {
}
