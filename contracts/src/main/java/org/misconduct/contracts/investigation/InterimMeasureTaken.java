package org.misconduct.contracts.investigation;

import java.math.BigDecimal;
import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** An interim measure was taken against the personnel concerned ({@code kind}: ADMINISTRATIVE_LEAVE_WITHOUT_PAY, PAYMENT_SUSPENSION, CONFINEMENT, REASSIGNMENT). Amount and ISO 4217 currency for a payment suspension, otherwise null. */
public record InterimMeasureTaken(
        String caseReference,
        String measureId,
        String kind,
        String personnelCategory,
        String nationality,
        BigDecimal amount,
        String currency,
        Instant takenAt) implements PublishedEvent {
}
