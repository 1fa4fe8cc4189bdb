package org.misconduct.investigation.cases;

import java.math.BigDecimal;
import java.time.Instant;

import org.axonframework.serialization.Revision;

/** {@code amount} and {@code currency} are set for a payment suspension only. */
@Revision("1")
public record InterimMeasureTaken(String caseReference, String measureId, InterimMeasureKind kind, BigDecimal amount, String currency, String personnelCategory, String nationality, Instant takenAt) {
}
