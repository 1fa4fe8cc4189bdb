package org.misconduct.investigation.metrics;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.investigation.clocks.ClockBreached;
import org.misconduct.observability.DomainMetrics;
import org.springframework.stereotype.Component;

/** {@code misconduct_clock_breaches_total{clock}} for the clocks of a case, counted as each breach is recorded. */
@Component
@ProcessingGroup(DomainMetrics.PROCESSING_GROUP)
class ClockBreachMetrics {

    private final Map<ClockName, Counter> breaches = new EnumMap<>(ClockName.class);

    ClockBreachMetrics(MeterRegistry registry) {
        for (ClockName clock : ClockName.values()) {
            breaches.put(clock, DomainMetrics.clockBreaches(registry, clock.wireName()));
        }
    }

    @EventHandler
    void on(ClockBreached breached) {
        DomainMetrics.countOnCommit(breaches.get(breached.clock()));
    }
}
