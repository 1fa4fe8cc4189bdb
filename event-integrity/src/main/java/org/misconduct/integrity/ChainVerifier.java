package org.misconduct.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Walks the whole event store beside its chain, both in global index order, in one read-only snapshot. Two cursors
 * are merged here rather than joined in SQL, so each is read along its primary key and nothing is sorted.
 */
public class ChainVerifier {

    private static final int FETCH_SIZE = 2_000;
    private static final String CHAIN = """
            SELECT globalindex, previousindex, aggregateidentifier, sequencenumber, digest, link
            FROM event_chain WHERE globalindex > ? ORDER BY globalindex""";
    private static final String EVENTS = """
            SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, payloadtype, payloadrevision,
                   "timestamp", payload, metadata
            FROM domainevententry WHERE globalindex > ? ORDER BY globalindex""";

    private final DataSource dataSource;

    public ChainVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ChainVerification verify() {
        return verify(Checkpoints.NONE);
    }

    /** Verifies the chain and that it passes through every given checkpoint. */
    public ChainVerification verify(Checkpoints checkpoints) {
        return inSnapshot(connection -> walk(connection, new ChainWalk(), -1, checkpoints));
    }

    /** The head of the chain and the verification of what was chained after the given checkpoint, in one snapshot. */
    public record VerifiedHead(ChainHead head, ChainVerification verification) {
    }

    /** Reads the head and verifies up to it, after the checkpoint if there is one, from the start otherwise. */
    public VerifiedHead verifiedHead(Optional<Checkpoint> after) {
        return inSnapshot(connection -> {
            ChainHead head = ChainHead.read(connection);
            if (after.isEmpty()) {
                return new VerifiedHead(head, walk(connection, new ChainWalk(), -1, Checkpoints.NONE));
            }
            Checkpoint checkpoint = after.get();
            Optional<BrokenLink> departed = departureAt(connection, checkpoint);
            ChainVerification verification = departed.isPresent()
                    ? new ChainVerification(0, checkpoint.globalIndex(), checkpoint.chainLink(), departed.get())
                    : walk(connection, new ChainWalk(checkpoint.globalIndex(), checkpoint.globalIndex(), checkpoint.chainLink()),
                            checkpoint.globalIndex(), Checkpoints.NONE);
            return new VerifiedHead(head, verification);
        });
    }

    /** Whether the chain row a checkpoint anchored is gone or holds another link now. */
    private static Optional<BrokenLink> departureAt(Connection connection, Checkpoint checkpoint) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT link, aggregateidentifier, sequencenumber FROM event_chain WHERE globalindex = ?")) {
            query.setLong(1, checkpoint.globalIndex());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.of(new BrokenLink(checkpoint.globalIndex(), null, null, BreakReason.MISSING));
                }
                return checkpoint.chainLink().sameAs(row.getBytes(1))
                        ? Optional.empty()
                        : Optional.of(new BrokenLink(checkpoint.globalIndex(), row.getString(2), row.getLong(3), BreakReason.CHANGED));
            }
        }
    }

    /** The newest chain row, how many rows the chain holds, and the chain's identity, read together. */
    public ChainHead head() {
        return inSnapshot(ChainHead::read);
    }

    private interface SnapshotWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inSnapshot(SnapshotWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event store to verify its chain", e);
        }
    }

    private ChainVerification walk(Connection connection, ChainWalk walk, long after, Checkpoints checkpoints) throws SQLException {
        try (PreparedStatement chainQuery = cursor(connection, CHAIN, after); PreparedStatement eventQuery = cursor(connection, EVENTS, after);
             ResultSet chain = chainQuery.executeQuery(); ResultSet events = eventQuery.executeQuery()) {
            CheckpointWalk anchors = checkpoints.walk();
            ChainRow row = nextRow(chain);
            StoredEvent event = nextEvent(events);
            while (row != null || event != null) {
                long index = Math.min(row == null ? Long.MAX_VALUE : row.globalIndex(), event == null ? Long.MAX_VALUE : event.globalIndex());
                ChainRow rowHere = row != null && row.globalIndex() == index ? row : null;
                StoredEvent eventHere = event != null && event.globalIndex() == index ? event : null;
                walk.step(rowHere, eventHere);
                if (walk.intact()) {
                    anchors.passed(index, rowHere, walk.link()).ifPresent(walk::broken);
                }
                row = rowHere != null ? nextRow(chain) : row;
                event = eventHere != null ? nextEvent(events) : event;
            }
            if (walk.intact()) {
                anchors.end(walk.lastIndex()).ifPresent(walk::broken);
            }
            return walk.result();
        }
    }

    private static PreparedStatement cursor(Connection connection, String sql, long after) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        statement.setLong(1, after);
        return statement;
    }

    private static ChainRow nextRow(ResultSet chain) throws SQLException {
        if (!chain.next()) {
            return null;
        }
        long index = chain.getLong(1);
        long previous = chain.getLong(2);
        return new ChainRow(index, chain.wasNull() ? null : previous, chain.getString(3), chain.getLong(4),
                chain.getBytes(5), chain.getBytes(6));
    }

    private static StoredEvent nextEvent(ResultSet events) throws SQLException {
        if (!events.next()) {
            return null;
        }
        return new StoredEvent(events.getLong(1), events.getString(2), events.getString(3), events.getLong(4),
                events.getString(5), events.getString(6), events.getString(7), events.getString(8),
                events.getBytes(9), events.getBytes(10));
    }
}
