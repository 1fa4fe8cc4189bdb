package org.misconduct.testinfra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Tampers with a service's event store in each way the chain must reveal (a changed byte, an event deleted in the
 * middle, the newest deleted, a forged event, two sequence numbers swapped, and given the service's checkpoints the
 * newest anchored event deleted with its link), asks the service each time, undoes it and asks again. The store
 * needs an aggregate with two events and at least three events in all. Tampering starts once the service has chained
 * every stored event: an event not chained yet can still be changed unseen.
 */
public final class TamperingScenarios {

    /** What the service answered: whether its history is intact and, if not, where and why it first breaks. */
    public record Verdict(boolean intact, Long brokenAt, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final EventStoreTampering tampering;
    private final Supplier<Verdict> service;
    private final LongSupplier anchoredThrough;
    private final List<String> failures = new ArrayList<>();

    private TamperingScenarios(DataSource superuser, Supplier<Verdict> service, LongSupplier anchoredThrough) {
        this.jdbc = new JdbcTemplate(superuser);
        this.tampering = new EventStoreTampering(superuser);
        this.service = service;
        this.anchoredThrough = anchoredThrough;
    }

    /** @return what the service failed to see or to report exactly; empty when it found every tampering */
    public static List<String> run(DataSource superuser, Supplier<Verdict> service) {
        return new TamperingScenarios(superuser, service, null).runAll();
    }

    /** As {@link #run(DataSource, Supplier)}, on the test database of that name, connected as its superuser. */
    public static List<String> run(String databaseName, Supplier<Verdict> service) {
        return run(superuser(databaseName), service);
    }

    /**
     * As {@link #run(String, Supplier)}, and then deletes the newest event with its link once a checkpoint anchored
     * it, which only the checkpoint reveals.
     *
     * @param anchoredThrough the highest global index the service's checkpoints cover, -1 before the first
     */
    public static List<String> run(String databaseName, Supplier<Verdict> service, LongSupplier anchoredThrough) {
        return new TamperingScenarios(superuser(databaseName), service, anchoredThrough).runAll();
    }

    private static DataSource superuser(String databaseName) {
        PostgresDatabase database = TestInfrastructure.postgres(databaseName);
        return new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
    }

    private List<String> runAll() {
        Awaitility.await("every stored event chained").atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT (SELECT max(globalindex) FROM event_chain) = (SELECT max(globalindex) FROM domainevententry)", Boolean.class)));
        expect("before tampering", new Verdict(true, null, null));
        List<Long> twoOfOneAggregate = jdbc.queryForList("""
                SELECT globalindex FROM domainevententry WHERE aggregateidentifier =
                    (SELECT aggregateidentifier FROM domainevententry GROUP BY aggregateidentifier HAVING count(*) >= 2
                     ORDER BY min(globalindex) LIMIT 1)
                ORDER BY sequencenumber LIMIT 2""", Long.class);
        long newest = jdbc.queryForObject("SELECT max(globalindex) FROM event_chain", Long.class);
        // Long processed by every event processor, so none of them reads it while it is tampered with.
        long middle = jdbc.queryForObject(
                "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY globalindex) FROM domainevententry WHERE globalindex < ?",
                Long.class, newest);
        scenario("one byte of a payload changed", tampering.changeOnePayloadByte(middle), middle, "changed");
        scenario("an event in the middle deleted", tampering.deleteEvent(middle), middle, "missing");
        scenario("the newest event deleted", tampering.deleteEvent(newest), newest, "missing");
        // Where the chain has passed: in a gap it passed over, or before the first event when it has none.
        long forged = jdbc.queryForObject("""
                SELECT coalesce(min(g), 0) FROM generate_series(1, ?) g
                WHERE NOT EXISTS (SELECT 1 FROM domainevententry e WHERE e.globalindex = g)""", Long.class, newest);
        scenario("a forged event inserted", tampering.insertForgedEvent(middle, forged), forged, "inserted");
        long first = Math.min(twoOfOneAggregate.get(0), twoOfOneAggregate.get(1));
        scenario("two sequence numbers swapped",
                tampering.swapSequenceNumbers(twoOfOneAggregate.get(0), twoOfOneAggregate.get(1)), first, "reordered");
        if (anchoredThrough != null) {
            Awaitility.await("a checkpoint through " + newest).atMost(Duration.ofSeconds(30))
                    .until(() -> anchoredThrough.getAsLong() >= newest);
            // The checkpoint's own event: the service may have stored more since, which must not hide the loss.
            long anchored = anchoredThrough.getAsLong();
            scenario("the newest anchored event deleted with its link", tampering.deleteEventAndItsLink(anchored), anchored, "missing");
        }
        return failures;
    }

    private void scenario(String name, Runnable undo, long brokenAt, String reason) {
        try {
            expect(name, new Verdict(false, brokenAt, reason));
        } finally {
            undo.run();
        }
        expect(name + ", undone", new Verdict(true, null, null));
    }

    private void expect(String name, Verdict expected) {
        Verdict actual = service.get();
        if (!expected.equals(actual)) {
            failures.add(name + ": expected " + expected + " but the service answered " + actual);
        }
    }
}
