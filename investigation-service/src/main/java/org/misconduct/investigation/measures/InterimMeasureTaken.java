package org.misconduct.investigation.measures;

import java.math.BigDecimal;
import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.InterimMeasureKind;
import org.misconduct.contracts.codes.PersonnelCategory;

/** {@code amount} and {@code currency} are set for a payment suspension only. */
@Revision("1")
public record InterimMeasureTaken(String caseReference, String measureId, InterimMeasureKind kind, BigDecimal amount, String currency, PersonnelCategory personnelCategory, String nationality, Instant takenAt) {
}
