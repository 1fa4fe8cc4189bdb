package org.misconduct.integrity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

/**
 * Splits the global index range of a verification among several connections, each a backend of its own, that see
 * the snapshot of the verifying transaction ({@code pg_export_snapshot}): hashing is what verification spends its
 * time on, and one query runs on one core. The first range is checked on the verifying connection itself.
 */
final class ParallelVerification {

    /** Below this many global indexes, one query is quicker than starting more. */
    static final long MIN_SPAN = 100_000;

    private final DataSource dataSource;
    private final int parallelism;
    private final long minSpan;

    ParallelVerification(DataSource dataSource, int parallelism, long minSpan) {
        this.dataSource = dataSource;
        this.parallelism = parallelism;
        this.minSpan = minSpan;
    }

    Optional<Long> firstDisagreement(Connection connection, SetBasedCheck check, ChainStart start, long head) throws SQLException {
        long span = head - start.index();
        if (parallelism < 2 || span < minSpan) {
            return check.firstDisagreement(head);
        }
        String snapshot = exportSnapshot(connection);
        ExecutorService workers = Executors.newFixedThreadPool(parallelism - 1);
        try {
            List<Future<Optional<Long>>> others = new ArrayList<>();
            for (int range = 1; range < parallelism; range++) {
                long from = start.index() + span * range / parallelism;
                long to = range == parallelism - 1 ? head : start.index() + span * (range + 1) / parallelism;
                others.add(workers.submit(() -> inSnapshot(snapshot, start, from, to)));
            }
            Optional<Long> first = check.firstDisagreement(start.index(), start.index() + span / parallelism);
            for (Future<Optional<Long>> other : others) {
                Optional<Long> found = other.get();
                first = first.or(() -> found);
            }
            return first;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while verifying the event chain", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the event store to verify its chain", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private Optional<Long> inSnapshot(String snapshot, ChainStart start, long from, long to) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
                return new SetBasedCheck(connection, start).firstDisagreement(from, to);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static String exportSnapshot(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT pg_export_snapshot()")) {
            row.next();
            String snapshot = row.getString(1);
            if (!snapshot.matches("[0-9A-Fa-f-]+")) {
                throw new IllegalStateException("Unexpected snapshot identifier from the database");
            }
            return snapshot;
        }
    }
}
