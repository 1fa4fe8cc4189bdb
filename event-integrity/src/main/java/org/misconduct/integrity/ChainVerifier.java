package org.misconduct.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Walks the whole event store beside its chain, both in global index order, in one read-only snapshot. Two cursors
 * are merged here rather than joined in SQL, so each is read along its primary key and nothing is sorted.
 */
public class ChainVerifier {

    private static final int FETCH_SIZE = 2_000;
    private static final String CHAIN = """
            SELECT globalindex, previousindex, aggregateidentifier, sequencenumber, digest, link
            FROM event_chain ORDER BY globalindex""";
    private static final String EVENTS = """
            SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, payloadtype, payloadrevision,
                   "timestamp", payload, metadata
            FROM domainevententry ORDER BY globalindex""";

    private final DataSource dataSource;

    public ChainVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ChainVerification verify() {
        return verify(Checkpoints.NONE);
    }

    /** Verifies the chain and that it passes through every given checkpoint. */
    public ChainVerification verify(Checkpoints checkpoints) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return walk(connection, checkpoints);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event store to verify its chain", e);
        }
    }

    private ChainVerification walk(Connection connection, Checkpoints checkpoints) throws SQLException {
        try (PreparedStatement chainQuery = cursor(connection, CHAIN); PreparedStatement eventQuery = cursor(connection, EVENTS);
             ResultSet chain = chainQuery.executeQuery(); ResultSet events = eventQuery.executeQuery()) {
            ChainWalk walk = new ChainWalk();
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

    private static PreparedStatement cursor(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
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
