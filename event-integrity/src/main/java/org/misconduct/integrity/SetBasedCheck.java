package org.misconduct.integrity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

import org.misconduct.contracts.integrity.ChainBreakReason;

/**
 * The queries of one verification, in the caller's snapshot. Each chain row is checked against the row before it
 * (its previous index and link) and against its event's digest, recomputed by the database's own
 * {@code event_chain_digest}; an event without a row, or a row without an event, disagrees as well.
 */
final class SetBasedCheck {

    /**
     * The digest of {@code event_chain_digest} written out in built-in functions: the database inlines no nested SQL
     * function whose argument is itself a call, and calling them per row costs several times the hashing.
     */
    private static final String DIGEST = "sha256(" + String.join(" || ",
            text("d.eventidentifier"), text("d.aggregateidentifier"), "int8send(d.sequencenumber)", text("d.type"),
            text("d.payloadtype"), text("d.payloadrevision"), text("d.\"timestamp\""), field("d.payload"), field("d.metadata")) + ")";
    private static final String FIRST_DISAGREEMENT = """
            SELECT min(coalesce(c.globalindex, e.globalindex))
            FROM (SELECT globalindex, previousindex, digest, link,
                         lag(globalindex, 1, ?) OVER w AS chained_before, lag(link, 1, ?) OVER w AS link_before
                  FROM event_chain WHERE globalindex > ? AND globalindex <= ? WINDOW w AS (ORDER BY globalindex)) c
            FULL JOIN (SELECT d.globalindex, %s AS digest FROM domainevententry d
                       WHERE d.globalindex > ? AND d.globalindex <= ?) e ON e.globalindex = c.globalindex
            WHERE coalesce(c.globalindex, e.globalindex) > ?
              AND (c.globalindex IS NULL OR e.globalindex IS NULL
                   OR c.previousindex IS DISTINCT FROM c.chained_before
                   OR c.digest <> e.digest
                   OR c.link <> sha256(c.link_before || int8send(c.globalindex) || c.digest))""".formatted(DIGEST);
    /** Both sides are read along their primary keys and merged as they come: no hash table, no sort spilled to disk. */
    private static final String STREAMED_PLAN = "SET LOCAL enable_hashjoin = off; SET LOCAL enable_sort = off";
    private static final String CHAIN_ROW = """
            SELECT globalindex, previousindex, aggregateidentifier, sequencenumber, digest, link FROM event_chain WHERE globalindex = ?""";
    private static final String EVENT = """
            SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, payloadtype, payloadrevision,
                   "timestamp", payload, metadata
            FROM domainevententry WHERE globalindex = ?""";

    private final Connection connection;
    private final ChainStart start;

    SetBasedCheck(Connection connection, ChainStart start) {
        this.connection = connection;
        this.start = start;
    }

    /** The newest chained global index: events after it are not chained yet. */
    long headIndex() throws SQLException {
        return single("SELECT coalesce(max(globalindex), -1) FROM event_chain", rows -> rows.getLong(1));
    }

    /** How many events the store holds after the start, through the given global index. */
    long events(long through) throws SQLException {
        return single("SELECT count(*) FROM domainevententry WHERE globalindex > ? AND globalindex <= ?",
                rows -> rows.getLong(1), start.index(), through);
    }

    /** The first global index up to the head where the events and their chain disagree. */
    Optional<Long> firstDisagreement(long head) throws SQLException {
        return firstDisagreement(start.index(), head);
    }

    /**
     * The first global index in {@code (from, to]} where the events and their chain disagree. The window of chain rows
     * starts at the newest row at or before {@code from}, so the first row after it is checked against its true
     * predecessor; ranges verified on several connections in one snapshot thus find what one pass would.
     */
    Optional<Long> firstDisagreement(long from, long to) throws SQLException {
        try (Statement plan = connection.createStatement()) {
            plan.execute(STREAMED_PLAN);
        }
        ChainStart anchor = from > start.index() ? lastChainedBefore(from + 1) : start;
        long chainFrom = anchor == start ? start.index() : anchor.index() - 1;
        try (PreparedStatement query = connection.prepareStatement(FIRST_DISAGREEMENT)) {
            query.setObject(1, start.previousIndex(), Types.BIGINT);
            query.setBytes(2, start.link().bytes());
            query.setLong(3, chainFrom);
            query.setLong(4, to);
            query.setLong(5, from);
            query.setLong(6, to);
            query.setLong(7, from);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long index = rows.getLong(1);
                return rows.wasNull() ? Optional.empty() : Optional.of(index);
            }
        }
    }

    /** How the events and their chain disagree at the given index, the chain being good before it. */
    BrokenLink explain(long index) {
        try {
            ChainStart before = lastChainedBefore(index);
            ChainWalk walk = new ChainWalk(before.index(), before.previousIndex(), before.link());
            walk.step(chainRow(index), event(index));
            return Optional.ofNullable(walk.result().firstBroken())
                    .orElseGet(() -> new BrokenLink(index, null, null, ChainBreakReason.CHANGED));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event store to verify its chain", e);
        }
    }

    /** The newest chain row before the given index, or where the verification started when there is none. */
    ChainStart lastChainedBefore(long index) {
        try (PreparedStatement query = ChainVerifier.prepare(connection,
                "SELECT globalindex, link FROM event_chain WHERE globalindex > ? AND globalindex < ? ORDER BY globalindex DESC LIMIT 1",
                start.index(), index); ResultSet rows = query.executeQuery()) {
            return rows.next() ? new ChainStart(rows.getLong(1), rows.getLong(1), new ChainLink(rows.getBytes(2))) : start;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event store to verify its chain", e);
        }
    }

    /**
     * The first checkpoint before {@code limit} that the chain no longer passes through: its row gone (events lost,
     * from the middle or the newest end) or holding another link (the chain rewritten up to there).
     */
    static Optional<BrokenLink> checkpointBreak(Connection connection, Checkpoints checkpoints, long limit) throws SQLException {
        List<Checkpoint> before = checkpoints.all().stream().filter(checkpoint -> checkpoint.globalIndex() < limit).toList();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Array indexes = connection.createArrayOf("bigint", before.stream().map(Checkpoint::globalIndex).toArray());
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT k.i, c.link, c.aggregateidentifier, c.sequencenumber
                FROM unnest(?) WITH ORDINALITY k(i, n) LEFT JOIN event_chain c ON c.globalindex = k.i ORDER BY k.n""")) {
            query.setArray(1, indexes);
            try (ResultSet rows = query.executeQuery()) {
                for (Checkpoint checkpoint : before) {
                    rows.next();
                    byte[] link = rows.getBytes(2);
                    if (link == null) {
                        return Optional.of(new BrokenLink(checkpoint.globalIndex(), null, null, ChainBreakReason.MISSING));
                    }
                    if (!checkpoint.chainLink().sameAs(link)) {
                        return Optional.of(new BrokenLink(checkpoint.globalIndex(), rows.getString(3), rows.getLong(4), ChainBreakReason.CHANGED));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private ChainRow chainRow(long index) throws SQLException {
        try (PreparedStatement query = ChainVerifier.prepare(connection, CHAIN_ROW, index); ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            long globalIndex = row.getLong(1);
            long previous = row.getLong(2);
            Long previousIndex = row.wasNull() ? null : previous;
            return new ChainRow(globalIndex, previousIndex, row.getString(3), row.getLong(4), row.getBytes(5), row.getBytes(6));
        }
    }

    private StoredEvent event(long index) throws SQLException {
        try (PreparedStatement query = ChainVerifier.prepare(connection, EVENT, index); ResultSet event = query.executeQuery()) {
            if (!event.next()) {
                return null;
            }
            return new StoredEvent(event.getLong(1), event.getString(2), event.getString(3), event.getLong(4),
                    event.getString(5), event.getString(6), event.getString(7), event.getString(8),
                    event.getBytes(9), event.getBytes(10));
        }
    }

    /** A column as {@code event_chain_field} adds it: length-prefixed, -1 for null. */
    private static String field(String bytes) {
        return "coalesce(int4send(length(%1$s)) || %1$s, '\\xffffffff'::bytea)".formatted(bytes);
    }

    /** A text column as {@code event_chain_text} adds it: its UTF-8 bytes as a field. */
    private static String text(String column) {
        return field("convert_to(" + column + ", 'UTF8')");
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> T single(String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement query = ChainVerifier.prepare(connection, sql, parameters); ResultSet rows = query.executeQuery()) {
            rows.next();
            return reader.read(rows);
        }
    }
}
