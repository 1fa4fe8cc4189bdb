package org.misconduct.investigation.metrics;

import java.sql.Timestamp;
import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.misconduct.contracts.codes.ClockName;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the investigators' queue shows, as gauges read from its read model at each scrape: clocks armed (running,
 * whether already breached or not) per clock, and how long the oldest open case has waited since it was opened.
 * Every instance reads the same database, so dashboards take the maximum over instances.
 */
@Component
class RunningClockMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RunningClockMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ClockName name : ClockName.values()) {
            Gauge.builder("misconduct.clocks.running", () -> running(name.wireName()))
                    .description("Clocks started and not yet stopped")
                    .tag("clock", name.wireName())
                    .register(registry);
        }
        Gauge.builder("misconduct.queue.oldest.case.age", this::oldestOpenCaseAgeSeconds)
                .description("Time since the oldest open case was opened")
                .baseUnit("seconds")
                .register(registry);
    }

    private double running(String name) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM case_clock_view WHERE clock = ? AND stopped_at IS NULL", Long.class, name);
        return count == null ? 0 : count;
    }

    private double oldestOpenCaseAgeSeconds() {
        Double seconds = jdbc.queryForObject(
                "SELECT coalesce(extract(epoch FROM ? - min(opened_at)), 0) FROM case_view WHERE status = 'OPEN'",
                Double.class, Timestamp.from(clock.instant()));
        return seconds == null ? 0 : seconds;
    }
}
