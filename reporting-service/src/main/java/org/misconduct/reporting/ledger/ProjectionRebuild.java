package org.misconduct.reporting.ledger;

import java.util.List;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drops every projection and rebuilds it from the ledger, in one transaction: readers keep seeing
 * the old figures until the new ones commit, and events received meanwhile wait on the
 * projections' locks, then land on the rebuilt state. The events are applied on a thread of their
 * own while this one empties the projections and then writes in the transaction what the events
 * gave (see {@link RebuildTransaction}).
 */
@Component
public class ProjectionRebuild {

    private final ReceivedEventLedger ledger;
    private final List<Projection> projections;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;

    ProjectionRebuild(ReceivedEventLedger ledger, List<Projection> projections, TransactionTemplate transaction,
            DataSource dataSource) {
        this.ledger = ledger;
        this.projections = projections;
        this.transaction = transaction;
        this.dataSource = dataSource;
    }

    /** @return how many events were replayed */
    public long rebuild() {
        return rebuild(total -> { }, done -> { });
    }

    /**
     * @param started  told how many events the ledger holds once the projections are locked
     * @param progress told the number of ledger events read so far (replayed, or skipped as of an unknown type)
     * @return how many events were replayed
     */
    public long rebuild(LongConsumer started, LongConsumer progress) {
        return rebuild(projections, started, progress);
    }

    /** Rebuilds the named projection alone, the others untouched; see {@link #rebuild(LongConsumer, LongConsumer)}. */
    public long rebuild(String name, LongConsumer started, LongConsumer progress) {
        return rebuild(projections.stream().filter(projection -> projection.name().equals(name)).toList(), started, progress);
    }

    /** The names of the projections, as {@link #rebuild(String, LongConsumer, LongConsumer)} takes them. */
    public List<String> names() {
        return projections.stream().map(Projection::name).sorted().toList();
    }

    private long rebuild(List<Projection> rebuilt, LongConsumer started, LongConsumer progress) {
        Long replayed = transaction.execute(status -> {
            // Locked before the ledger is read: the listener's events then wait, and land on the rebuilt state.
            rebuilt.forEach(Projection::lock);
            started.accept(ledger.size());
            return QueuedRebuildTransaction.run(dataSource, rebuildTransaction -> {
                // Emptied as the transaction's first work, while the first events are applied.
                rebuildTransaction.write(() -> rebuilt.forEach(Projection::reset));
                List<Projection.Rebuild> rebuilds = rebuilt.stream()
                        .map(projection -> projection.rebuilding(rebuildTransaction)).toList();
                long count = ledger.replay(event -> rebuilds.forEach(rebuild -> rebuild.apply(event)), progress);
                rebuilds.forEach(Projection.Rebuild::finish);
                return count;
            });
        });
        return replayed == null ? 0 : replayed;
    }

    /** How many events the ledger holds, of every type. */
    public long ledgerSize() {
        return ledger.size();
    }
}
