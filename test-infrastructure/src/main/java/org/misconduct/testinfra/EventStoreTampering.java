package org.misconduct.testinfra;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What someone holding the database's superuser could do to an event store behind the service's back, each with its
 * undo. Rows are put back with triggers off ({@code session_replication_role = replica}), as such a person could.
 */
public final class EventStoreTampering {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    /** @param superuser a data source connecting as a superuser of the service's database */
    public EventStoreTampering(DataSource superuser) {
        this.dataSource = superuser;
        this.jdbc = new JdbcTemplate(superuser);
    }

    /** Flips the lowest bit of the payload's last byte. */
    public Runnable changeOnePayloadByte(long globalIndex) {
        String flip = "UPDATE domainevententry SET payload = set_byte(payload, length(payload) - 1,"
                + " get_byte(payload, length(payload) - 1) # 1) WHERE globalindex = ?";
        requireOne(jdbc.update(flip, globalIndex));
        return () -> requireOne(jdbc.update(flip, globalIndex));
    }

    public Runnable deleteEvent(long globalIndex) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domainevententry WHERE globalindex = ?", globalIndex);
        requireOne(jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", globalIndex));
        return () -> withoutTriggers(replica -> replica.update("""
                INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, "timestamp") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.get("globalindex"), row.get("aggregateidentifier"), row.get("sequencenumber"), row.get("type"),
                row.get("eventidentifier"), row.get("metadata"), row.get("payload"), row.get("payloadrevision"),
                row.get("payloadtype"), row.get("timestamp")));
    }

    /**
     * Deletes the event and its link of the chain together, as if neither had been stored: only a checkpoint
     * published beyond the store can reveal it. The undo puts the link back before the event, so that the chain is
     * never extended over the event again.
     */
    public Runnable deleteEventAndItsLink(long globalIndex) {
        Map<String, Object> link = jdbc.queryForMap("SELECT * FROM event_chain WHERE globalindex = ?", globalIndex);
        Runnable restoreEvent = deleteEvent(globalIndex);
        requireOne(jdbc.update("DELETE FROM event_chain WHERE globalindex = ?", globalIndex));
        return () -> {
            requireOne(jdbc.update("INSERT INTO event_chain VALUES (?, ?, ?, ?, ?, ?)", link.get("globalindex"),
                    link.get("previousindex"), link.get("aggregateidentifier"), link.get("sequencenumber"), link.get("digest"),
                    link.get("link")));
            restoreEvent.run();
        };
    }

    /** Stores a copy of an existing event, under a new identity, at a global index the chain never saw. */
    public Runnable insertForgedEvent(long copiedIndex, long forgedIndex) {
        withoutTriggers(replica -> requireOne(replica.update("""
                INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, "timestamp")
                SELECT ?, aggregateidentifier, sequencenumber + 100000, type, gen_random_uuid()::text, metadata, payload,
                    payloadrevision, payloadtype, "timestamp" FROM domainevententry WHERE globalindex = ?""",
                forgedIndex, copiedIndex)));
        return () -> requireOne(jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", forgedIndex));
    }

    /** Swaps the sequence numbers of two events of the same aggregate. */
    public Runnable swapSequenceNumbers(long firstIndex, long secondIndex) {
        swap(firstIndex, secondIndex);
        return () -> swap(firstIndex, secondIndex);
    }

    private void swap(long firstIndex, long secondIndex) {
        withoutTriggers(replica -> {
            List<Long> sequences = replica.queryForList(
                    "SELECT sequencenumber FROM domainevententry WHERE globalindex IN (?, ?) ORDER BY globalindex",
                    Long.class, firstIndex, secondIndex);
            replica.update("UPDATE domainevententry SET sequencenumber = -1 WHERE globalindex = ?", firstIndex);
            replica.update("UPDATE domainevententry SET sequencenumber = ? WHERE globalindex = ?", sequences.get(0), secondIndex);
            replica.update("UPDATE domainevententry SET sequencenumber = ? WHERE globalindex = ?", sequences.get(1), firstIndex);
        });
    }

    private void withoutTriggers(java.util.function.Consumer<JdbcTemplate> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica");
            }
            work.accept(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tamper with the event store", e);
        }
    }

    private static void requireOne(int rows) {
        if (rows != 1) {
            throw new IllegalStateException("Expected to touch one event, touched " + rows);
        }
    }
}
