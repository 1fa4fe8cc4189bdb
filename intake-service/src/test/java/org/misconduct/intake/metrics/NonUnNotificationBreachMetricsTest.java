package org.misconduct.intake.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.misconduct.intake.allegation.NonUnNotificationClockBreached;

class NonUnNotificationBreachMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final NonUnNotificationBreachMetrics metrics = new NonUnNotificationBreachMetrics(registry);

    @Test
    void eachBreachOfTheNonUnNotificationClockIsCountedUnderItsContractName() {
        Instant started = Instant.parse("2026-11-30T08:00:00Z");

        metrics.on(new NonUnNotificationClockBreached("ALG-2026-000041", started, started.plusSeconds(86_400)));
        metrics.on(new NonUnNotificationClockBreached("ALG-2026-000042", started, started.plusSeconds(86_400)));

        assertThat(registry.get("misconduct.clock.breaches").tag("clock", "non-un-notification").counter().count()).isEqualTo(2.0);
    }
}
