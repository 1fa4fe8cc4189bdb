package org.misconduct.contracts.investigation;

import java.math.BigDecimal;
import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** Without a substantiated finding, a suspended payment was released to the Member State. */
public record SuspendedPaymentReleased(
        String caseReference,
        String measureId,
        String nationality,
        BigDecimal amount,
        String currency,
        Instant releasedAt) implements PublishedEvent {
}
