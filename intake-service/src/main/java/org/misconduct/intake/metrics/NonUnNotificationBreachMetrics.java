package org.misconduct.intake.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.intake.allegation.NonUnNotificationClockBreached;
import org.misconduct.observability.DomainMetrics;
import org.springframework.stereotype.Component;

/**
 * {@code misconduct_clock_breaches_total{clock="non-un-notification"}}: the one clock intake runs, counted as each breach
 * is recorded, so the alert on any breach covers allegations against non-UN forces that nobody notified.
 */
@Component
@ProcessingGroup(DomainMetrics.PROCESSING_GROUP)
class NonUnNotificationBreachMetrics {

    private final Counter breaches;

    NonUnNotificationBreachMetrics(MeterRegistry registry) {
        this.breaches = DomainMetrics.clockBreaches(registry, ClockName.NON_UN_NOTIFICATION.wireName());
    }

    @EventHandler
    void on(NonUnNotificationClockBreached breached) {
        DomainMetrics.countOnCommit(breaches);
    }
}
