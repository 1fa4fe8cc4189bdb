package org.misconduct.testinfra;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Tampers with a service's event store in each way the chain must reveal (a changed byte, an event deleted in the
 * middle, the newest deleted, a forged event, two sequence numbers swapped), asks the service each time, undoes it
 * and asks again. The store needs an aggregate with two events and at least three events in all.
 */
public final class TamperingScenarios {

    /** What the service answered: whether its history is intact and, if not, where and why it first breaks. */
    public record Verdict(boolean intact, Long brokenAt, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final EventStoreTampering tampering;
    private final Supplier<Verdict> service;
    private final List<String> failures = new ArrayList<>();

    private TamperingScenarios(DataSource superuser, Supplier<Verdict> service) {
        this.jdbc = new JdbcTemplate(superuser);
        this.tampering = new EventStoreTampering(superuser);
        this.service = service;
    }

    /** @return what the service failed to see or to report exactly; empty when it found every tampering */
    public static List<String> run(DataSource superuser, Supplier<Verdict> service) {
        return new TamperingScenarios(superuser, service).runAll();
    }

    /** As {@link #run(DataSource, Supplier)}, on the test database of that name, connected as its superuser. */
    public static List<String> run(String databaseName, Supplier<Verdict> service) {
        PostgresDatabase database = TestInfrastructure.postgres(databaseName);
        return run(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()), service);
    }

    private List<String> runAll() {
        expect("before tampering", new Verdict(true, null, null));
        List<Long> twoOfOneAggregate = jdbc.queryForList("""
                SELECT globalindex FROM domainevententry WHERE aggregateidentifier =
                    (SELECT aggregateidentifier FROM domainevententry GROUP BY aggregateidentifier HAVING count(*) >= 2
                     ORDER BY min(globalindex) LIMIT 1)
                ORDER BY sequencenumber LIMIT 2""", Long.class);
        long newest = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        // Long processed by every event processor, so none of them reads it while it is tampered with.
        long middle = jdbc.queryForObject(
                "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY globalindex) FROM domainevententry WHERE globalindex < ?",
                Long.class, newest);
        scenario("one byte of a payload changed", tampering.changeOnePayloadByte(middle), middle, "changed");
        scenario("an event in the middle deleted", tampering.deleteEvent(middle), middle, "missing");
        scenario("the newest event deleted", tampering.deleteEvent(newest), newest, "missing");
        scenario("a forged event inserted", tampering.insertForgedEvent(middle, newest + 1_000), newest + 1_000, "inserted");
        long first = Math.min(twoOfOneAggregate.get(0), twoOfOneAggregate.get(1));
        scenario("two sequence numbers swapped",
                tampering.swapSequenceNumbers(twoOfOneAggregate.get(0), twoOfOneAggregate.get(1)), first, "reordered");
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
