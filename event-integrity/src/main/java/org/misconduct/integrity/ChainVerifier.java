package org.misconduct.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Verifies the event store against its chain in one read-only snapshot. The database finds the first global index
 * where they disagree, set-based in one pass; only that index is read here to name how they disagree. Events after
 * the newest chained one are not chained yet and are counted only.
 */
public class ChainVerifier {

    private final DataSource dataSource;
    private final ParallelVerification parallel;

    /** A verifier that reads on one connection at a time. */
    public ChainVerifier(DataSource dataSource) {
        this(dataSource, 1);
    }

    /** @param parallelism how many connections at most one verification reads on at once */
    public ChainVerifier(DataSource dataSource, int parallelism) {
        this(dataSource, parallelism, ParallelVerification.MIN_SPAN);
    }

    /** @param minSpan how many global indexes at least a verification covers before it reads on more connections */
    ChainVerifier(DataSource dataSource, int parallelism, long minSpan) {
        this.dataSource = dataSource;
        this.parallel = new ParallelVerification(dataSource, parallelism, minSpan);
    }

    public ChainVerification verify() {
        return verify(Checkpoints.NONE);
    }

    /** Verifies the chain and that it passes through every given checkpoint. */
    public ChainVerification verify(Checkpoints checkpoints) {
        return inSnapshot(connection -> verify(connection, ChainStart.BEGINNING, Long.MAX_VALUE, checkpoints));
    }

    /**
     * One slice of a verification done in slices: the chain after {@code start}, through at most {@code span} global
     * indexes and the checkpoints among them; the slice that reaches the chain's head takes everything after it too,
     * so that checkpoints beyond the head (events lost at the newest end) are found.
     *
     * @param next        where the next slice starts, this one's last chained link carried over; the beginning again
     *                    once this slice reached the head or found the chain broken
     * @param reachedHead whether this slice reached the chain's head, ending a pass over the whole chain
     */
    record VerifiedSlice(ChainVerification verification, ChainStart next, boolean reachedHead) {
    }

    VerifiedSlice verifySlice(ChainStart start, long span, Checkpoints checkpoints) {
        return inSnapshot(connection -> {
            boolean reachesHead = start.index() + span >= new SetBasedCheck(connection, start).headIndex();
            long through = reachesHead ? Long.MAX_VALUE : start.index() + span;
            ChainVerification verification = verify(connection, start, through, checkpoints);
            if (reachesHead || !verification.intact()) {
                return new VerifiedSlice(verification, ChainStart.BEGINNING, reachesHead);
            }
            ChainStart chained = verification.lastIndex() == start.index() ? start
                    : new ChainStart(verification.lastIndex(), verification.lastIndex(), verification.lastLink());
            return new VerifiedSlice(verification, new ChainStart(through, chained.previousIndex(), chained.link()), false);
        });
    }

    /** The head of the chain and the verification of what was chained after the given checkpoint, in one snapshot. */
    public record VerifiedHead(ChainHead head, ChainVerification verification) {
    }

    /** Reads the head and verifies up to it, after the checkpoint if there is one, from the start otherwise. */
    public VerifiedHead verifiedHead(Optional<Checkpoint> after) {
        return inSnapshot(connection -> {
            ChainHead head = ChainHead.read(connection, after);
            if (after.isEmpty()) {
                return new VerifiedHead(head, verify(connection, ChainStart.BEGINNING, Long.MAX_VALUE, Checkpoints.NONE));
            }
            Checkpoint checkpoint = after.get();
            Optional<BrokenLink> departed = SetBasedCheck.checkpointBreak(connection, new Checkpoints(List.of(checkpoint)),
                    Long.MAX_VALUE);
            ChainVerification verification = departed.isPresent()
                    ? new ChainVerification(0, checkpoint.globalIndex(), checkpoint.chainLink(), departed.get())
                    : verify(connection, new ChainStart(checkpoint.globalIndex(), checkpoint.globalIndex(), checkpoint.chainLink()),
                            Long.MAX_VALUE, Checkpoints.NONE);
            return new VerifiedHead(head, verification);
        });
    }

    /** The newest chain row, how many rows the chain holds, and the chain's identity, read together. */
    public ChainHead head() {
        return inSnapshot(ChainHead::read);
    }

    /** Verifies the chain after {@code start} through the global index {@code through} or its head, whichever is first. */
    private ChainVerification verify(Connection connection, ChainStart start, long through, Checkpoints checkpoints)
            throws SQLException {
        SetBasedCheck check = new SetBasedCheck(connection, start);
        long head = Math.min(check.headIndex(), through);
        Optional<Long> brokenAt = parallel.firstDisagreement(connection, check, start, head);
        Optional<BrokenLink> broken = SetBasedCheck.checkpointBreak(connection, checkpoints.within(start.index(), through),
                        brokenAt.orElse(Long.MAX_VALUE))
                .or(() -> brokenAt.map(check::explain));
        long end = broken.map(BrokenLink::globalIndex).orElse(Math.max(head, start.index()) + 1);
        ChainStart last = check.lastChainedBefore(end);
        return new ChainVerification(check.events(through), last.index(), last.link(), broken.orElse(null));
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

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
