package org.misconduct.investigation.metrics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

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
 * <p>
 * The running clocks of every name are counted in one pass, which the gauges of a scrape share: at a million cases
 * a count is a scan of every running clock, and one per name made each scrape several seconds of database time.
 */
@Component
class RunningClockMetrics implements MeterBinder {

    /** How long one count serves the gauges: longer than a scrape takes, shorter than scrapes are apart. */
    static final Duration ONE_SCRAPE = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Map<String, Long> running = Map.of();
    private Instant countedAt = Instant.MIN;

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

    private synchronized double running(String name) {
        Instant now = clock.instant();
        if (!now.isBefore(countedAt.plus(ONE_SCRAPE)) || now.isBefore(countedAt)) {
            Map<String, Long> counted = new HashMap<>();
            jdbc.query("SELECT clock, count(*) AS running FROM case_clock_view WHERE stopped_at IS NULL GROUP BY clock",
                    row -> { counted.put(row.getString("clock"), row.getLong("running")); });
            running = counted;
            countedAt = now;
        }
        return running.getOrDefault(name, 0L);
    }

    private double oldestOpenCaseAgeSeconds() {
        Double seconds = jdbc.queryForObject(
                "SELECT coalesce(extract(epoch FROM ? - min(opened_at)), 0) FROM case_view WHERE status = 'OPEN'",
                Double.class, Timestamp.from(clock.instant()));
        return seconds == null ? 0 : seconds;
    }
}
