package org.misconduct.reporting.ledger;

import java.util.ArrayList;
import java.util.List;

import org.misconduct.streaming.ReceivedEvent;

/** A rebuild that gives each event to the projection's {@link Projection#project}, in the transaction, a batch at a time. */
final class EventByEventRebuild implements Projection.Rebuild {

    private static final int BATCH = 500;

    private final Projection projection;
    private final RebuildTransaction transaction;
    private List<ReceivedEvent> events = new ArrayList<>(BATCH);

    EventByEventRebuild(Projection projection, RebuildTransaction transaction) {
        this.projection = projection;
        this.transaction = transaction;
    }

    @Override
    public void apply(ReceivedEvent event) {
        events.add(event);
        if (events.size() >= BATCH) {
            project();
        }
    }

    @Override
    public void finish() {
        project();
    }

    private void project() {
        if (events.isEmpty()) {
            return;
        }
        List<ReceivedEvent> batch = events;
        events = new ArrayList<>(BATCH);
        transaction.write(() -> batch.forEach(projection::project));
    }
}
