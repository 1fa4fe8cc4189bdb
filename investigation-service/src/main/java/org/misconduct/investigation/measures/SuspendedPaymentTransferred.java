package org.misconduct.investigation.measures;

import java.math.BigDecimal;
import java.time.Instant;

import org.axonframework.serialization.Revision;

/** After a substantiated finding, the suspended payment goes to the victims' Trust Fund. */
@Revision("1")
public record SuspendedPaymentTransferred(String caseReference, String measureId, String nationality, BigDecimal amount, String currency, Instant transferredAt) {
}
