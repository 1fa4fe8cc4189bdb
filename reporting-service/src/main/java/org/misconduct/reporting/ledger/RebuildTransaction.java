package org.misconduct.reporting.ledger;

import java.util.function.Supplier;

/**
 * The database of a rebuild, as the thread that applies its events sees it. That thread holds no transaction: the work
 * it gives here is done, in the order given, on the thread that holds the rebuild's transaction, so the events are
 * applied in memory while the database writes the rows of the events before them.
 */
public interface RebuildTransaction {

    /** Queues work for the transaction, to be done after all work given before it; does not wait for it. */
    void write(Runnable work);

    /** Does work in the transaction after all work given before it, and waits for its result. */
    <T> T read(Supplier<T> work);
}
