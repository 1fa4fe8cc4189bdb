package org.misconduct.contracts.investigation;

import java.math.BigDecimal;
import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** After a substantiated finding, a suspended payment went to the victims' Trust Fund. */
public record SuspendedPaymentTransferred(
        String caseReference,
        String measureId,
        String nationality,
        BigDecimal amount,
        String currency,
        Instant transferredAt) implements PublishedEvent {
}
