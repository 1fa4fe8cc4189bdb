package org.misconduct.investigation.measures;

import java.math.BigDecimal;
import java.time.Instant;

import org.axonframework.serialization.Revision;

/** Without a substantiated finding, or when the suspension is lifted, the payment is released to the Member State. */
@Revision("1")
public record SuspendedPaymentReleased(String caseReference, String measureId, String nationality, BigDecimal amount, String currency, Instant releasedAt) {
}
