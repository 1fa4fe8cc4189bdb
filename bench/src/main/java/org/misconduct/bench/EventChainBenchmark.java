package org.misconduct.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.misconduct.integrity.ChainVerification;
import org.misconduct.integrity.ChainExtension;
import org.misconduct.integrity.ChainVerifier;
import org.misconduct.integrity.ScheduledChainExtension;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.TestInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Appends per second to an event store with and without the chain, side by side in one run (each event in a
 * transaction of its own, as a command stores it, from several writers at once), the chain extended after commit
 * meanwhile as a service extends it; then verification of a chain of many events. Arguments: appends per run,
 * writers, events to verify (0 appends: verification only).
 */
public final class EventChainBenchmark {

    private static final byte[] PAYLOAD = ("{\"caseReference\":\"ALG-2026-000123\",\"mission\":\"MINUSCA\",\"narrative\":\"pd1:"
            + "A".repeat(360) + "\",\"allegationType\":\"SA\",\"receivedAt\":\"2026-11-20T08:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] METADATA = "{\"traceId\":\"4bf92f3577b34da6a3ce929d0e0e4736\",\"actingUser\":\"intake.officer\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final int ROUNDS = 5;
    private static final int CHAIN_BATCH = 10_000;
    private static final int VERIFICATION_PARALLELISM = 2;
    private static final Duration CHAIN_INTERVAL = Duration.ofMillis(200);

    private EventChainBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        int appends = Integer.parseInt(arguments[0]);
        int writers = Integer.parseInt(arguments[1]);
        int events = Integer.parseInt(arguments[2]);
        DataSource plain = store("bench_plain", "1");
        DataSource chained = store("bench_chained", null);
        ChainExtension extension = new ChainExtension(chained, CHAIN_BATCH, Duration.ofSeconds(30));
        for (int concurrent : appends > 0 ? List.of(1, writers) : List.<Integer>of()) {
            System.out.printf("Appends: %d per run, %d writer(s), one event per transaction, payload %d bytes%n",
                    appends, concurrent, PAYLOAD.length);
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                // Alternating which store goes first, so a machine whose load drifts favours neither.
                double withoutChain = round % 2 == 1 ? appendsPerSecond(plain, appends, concurrent) : 0;
                ChainedRun withChain = chainedRun(chained, extension, appends, concurrent);
                withoutChain = round % 2 == 1 ? withoutChain : appendsPerSecond(plain, appends, concurrent);
                ratios.add(withChain.appendsPerSecond() / withoutChain);
                System.out.printf("  round %d: without chain %,.0f appends/s, with chain %,.0f appends/s (%.0f%%),"
                                + " all chained %d ms after the last append%n",
                        round, withoutChain, withChain.appendsPerSecond(), 100 * withChain.appendsPerSecond() / withoutChain,
                        withChain.caughtUpMillis());
            }
            System.out.printf("  median with / without: %.0f%%%n", 100 * ratios.stream().sorted().toList().get(ratios.size() / 2));
        }
        JdbcTemplate jdbc = new JdbcTemplate(chained);
        long missing = events - jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        if (missing > 0) {
            fill(jdbc, missing);
            long started = System.nanoTime();
            long chainedEvents = extension.extend();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Chaining: %,d events in %.1f s, %,.0f events/s%n", chainedEvents, seconds, chainedEvents / seconds);
        }
        for (int parallelism : List.of(1, VERIFICATION_PARALLELISM)) {
            ChainVerifier verifier = new ChainVerifier(chained, parallelism);
            for (int round = 1; round <= 2; round++) {
                long started = System.nanoTime();
                ChainVerification verification = verifier.verify();
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("Verification on %d connection(s): %,d events in %.1f s, %,.0f events/s, intact %s%n",
                        parallelism, verification.events(), seconds, verification.events() / seconds, verification.intact());
            }
        }
    }

    /** A fresh store, migrated to the given version (null: every migration, chain included). */
    private static DataSource store(String name, String target) {
        PostgresDatabase database = TestInfrastructure.postgres(name);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/axon")
                .placeholders(Map.of("servicerole", database.username()));
        (target == null ? flyway : flyway.target(target)).load().migrate();
        return dataSource;
    }

    private static double appendsPerSecond(DataSource store, int appends, int writers) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                running.add(pool.submit(() -> append(store, next, appends)));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        return appends / ((System.nanoTime() - started) / 1e9);
    }

    private static Void append(DataSource store, AtomicInteger next, int appends) throws SQLException {
        String aggregate = UUID.randomUUID().toString();
        long sequence = 0;
        try (Connection connection = store.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                         payloadrevision, payloadtype, "timestamp") VALUES (?, ?, 'Allegation', ?, ?, ?, '2',
                         'org.misconduct.intake.complaint.AllegationRegistered', ?)""")) {
            connection.setAutoCommit(false);
            while (next.getAndIncrement() < appends) {
                insert.setString(1, aggregate);
                insert.setLong(2, sequence++);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setBytes(4, METADATA);
                insert.setBytes(5, PAYLOAD);
                insert.setString(6, Instant.now().toString());
                insert.executeUpdate();
                connection.commit();
            }
        }
        return null;
    }

    private record ChainedRun(double appendsPerSecond, long caughtUpMillis) {
    }

    /** Appends while the chain is extended as a service extends it, then waits until every append is chained. */
    private static ChainedRun chainedRun(DataSource chained, ChainExtension extension, int appends, int writers) throws Exception {
        ScheduledChainExtension chaining = new ScheduledChainExtension(extension, CHAIN_INTERVAL);
        chaining.start();
        try {
            double rate = appendsPerSecond(chained, appends, writers);
            long appended = System.nanoTime();
            awaitChained(new JdbcTemplate(chained));
            return new ChainedRun(rate, (System.nanoTime() - appended) / 1_000_000);
        } finally {
            chaining.stop();
        }
    }

    private static void awaitChained(JdbcTemplate jdbc) throws InterruptedException {
        while (!Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT (SELECT max(globalindex) FROM event_chain) = (SELECT max(globalindex) FROM domainevententry)", Boolean.class))) {
            Thread.sleep(10);
        }
    }

    /** Stores events in large statements; they are chained afterwards as committed events are. */
    private static void fill(JdbcTemplate jdbc, long events) {
        System.out.printf("Filling the chained store with %,d events...%n", events);
        long started = System.nanoTime();
        for (long done = 0; done < events; done += 50_000) {
            jdbc.update("""
                    INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                        payloadrevision, payloadtype, "timestamp")
                    SELECT 'fill-' || (? + n) / 10, (? + n) % 10, 'Allegation', gen_random_uuid()::text, ?, ?, '2',
                        'org.misconduct.intake.complaint.AllegationRegistered', now()::text
                    FROM generate_series(0, ? - 1) n""", done, done, METADATA, PAYLOAD, Math.min(50_000, events - done));
        }
        System.out.printf("  filled in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }
}
