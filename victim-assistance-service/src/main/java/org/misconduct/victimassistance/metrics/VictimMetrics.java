package org.misconduct.victimassistance.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.observability.DomainMetrics;
import org.misconduct.victimassistance.clock.FirstContactClockBreached;
import org.misconduct.victimassistance.victim.VictimRegistered;
import org.springframework.stereotype.Component;

/**
 * {@code misconduct_victims_registered_total}, and {@code misconduct_clock_breaches_total{clock="victim-first-contact"}}
 * when no assistance reached a victim in time.
 */
@Component
@ProcessingGroup(DomainMetrics.PROCESSING_GROUP)
class VictimMetrics {

    private final Counter registered;
    private final Counter firstContactBreaches;

    VictimMetrics(MeterRegistry registry) {
        registered = Counter.builder("misconduct.victims.registered")
                .description("Victims registered for assistance")
                .register(registry);
        firstContactBreaches = DomainMetrics.clockBreaches(registry, ClockName.VICTIM_FIRST_CONTACT.wireName());
    }

    @EventHandler
    void on(VictimRegistered victim) {
        DomainMetrics.countOnCommit(registered);
    }

    @EventHandler
    void on(FirstContactClockBreached breached) {
        DomainMetrics.countOnCommit(firstContactBreaches);
    }
}
