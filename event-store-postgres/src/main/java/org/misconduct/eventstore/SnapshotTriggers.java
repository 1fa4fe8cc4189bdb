package org.misconduct.eventstore;

/** Names of the snapshot triggers an aggregate can name in {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
public final class SnapshotTriggers {

    /**
     * For aggregates whose history grows without end (one event per case, for instance): a snapshot every
     * {@code misconduct.event-store.snapshots.every} events. Snapshots are derived: deleting them costs only a longer load.
     */
    public static final String EVENT_COUNT = "eventCountSnapshots";

    private SnapshotTriggers() {
    }
}
