package org.misconduct.investigation.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.MigratedDatabase;
import org.misconduct.testinfra.MovableClock;
import org.springframework.jdbc.core.JdbcTemplate;

/** The queue's gauges on a real database, its read model written as its projection leaves it. */
class RunningClockMetricsTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static JdbcTemplate jdbc;
    private MovableClock clock;
    private SimpleMeterRegistry registry;

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("investigation_metrics_test", "classpath:db/axon", "classpath:db/streaming", "classpath:db/investigation");
    }

    @BeforeEach
    void noCases() {
        jdbc.update("DELETE FROM case_view");
        clock = new MovableClock(T0.plus(Duration.ofDays(3)));
        registry = new SimpleMeterRegistry();
        new RunningClockMetrics(jdbc, clock).bindTo(registry);
    }

    @Test
    void runningClocksAreCountedPerClockAndAStoppedOneIsNot() {
        open("ALG-2026-000001", T0, "OPEN", "evidence-preservation", "investigation");
        open("ALG-2026-000002", T0, "OPEN", "investigation");
        jdbc.update("UPDATE case_clock_view SET stopped_at = ? WHERE case_reference = 'ALG-2026-000002'", Timestamp.from(T0));

        assertThat(running("evidence-preservation")).isEqualTo(1);
        assertThat(running("investigation")).isEqualTo(1);
        assertThat(running("nio-appointment")).isZero();
    }

    @Test
    void theGaugesOfOneScrapeShareOneCountUntilItIsOlderThanAScrape() {
        open("ALG-2026-000001", T0, "OPEN", "investigation");
        assertThat(running("investigation")).isEqualTo(1);

        open("ALG-2026-000002", T0, "OPEN", "investigation");
        clock.advance(RunningClockMetrics.ONE_SCRAPE.minusMillis(1));
        assertThat(running("investigation")).isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(running("investigation")).isEqualTo(2);
    }

    @Test
    void theOldestCaseIsTheEarliestOpenedOfThoseStillOpen() {
        open("ALG-2026-000001", T0, "CLOSED");
        open("ALG-2026-000002", T0.plus(Duration.ofDays(1)), "OPEN");
        open("ALG-2026-000003", T0.plus(Duration.ofDays(2)), "OPEN");

        assertThat(registry.get("misconduct.queue.oldest.case.age").gauge().value())
                .isEqualTo(Duration.ofDays(2).toSeconds());
    }

    @Test
    void theOldestOpenCaseIsReadFromAnIndexNotFromEveryOpenCase() {
        jdbc.update("""
                INSERT INTO case_view (case_reference, mission, allegation_type, priority, status, received_at, referred_at, opened_at)
                SELECT 'ALG-2025-' || lpad(n::text, 6, '0'), 'MINUSCA', 'SA', 'NORMAL', 'OPEN', t, t, t
                FROM generate_series(1, 20000) n, LATERAL (SELECT ?::timestamptz + n * interval '1 minute' AS t) opened""",
                Timestamp.from(T0));
        jdbc.execute("ANALYZE case_view");

        assertThat(String.join("\n", jdbc.queryForList("EXPLAIN SELECT min(opened_at) FROM case_view WHERE status = 'OPEN'",
                String.class))).contains("Index Only Scan using case_view_open_by_opened_at");
    }

    private double running(String clockName) {
        return registry.get("misconduct.clocks.running").tag("clock", clockName).gauge().value();
    }

    private static void open(String caseReference, Instant openedAt, String status, String... clocks) {
        Timestamp opened = Timestamp.from(openedAt);
        jdbc.update("""
                INSERT INTO case_view (case_reference, mission, allegation_type, priority, status, received_at, referred_at, opened_at)
                VALUES (?, 'MINUSCA', 'SA', 'NORMAL', ?, ?, ?, ?)""", caseReference, status, opened, opened, opened);
        for (String name : clocks) {
            jdbc.update("INSERT INTO case_clock_view (case_reference, clock, started_at, due_at) VALUES (?, ?, ?, ?)",
                    caseReference, name, opened, Timestamp.from(openedAt.plus(Duration.ofDays(180))));
        }
    }
}
