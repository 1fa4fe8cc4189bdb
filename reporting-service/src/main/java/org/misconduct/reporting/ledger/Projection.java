package org.misconduct.reporting.ledger;

import java.util.Locale;

import org.misconduct.streaming.ReceivedEvent;
import org.springframework.util.ClassUtils;

/**
 * A read model derived from the received events alone, so it can be dropped and rebuilt by
 * replaying the ledger. The listener and a rebuild call the same {@link #project} method.
 */
public interface Projection {

    /**
     * Applies one event. Called exactly once per event, in the transaction that appends it to the
     * ledger; events of one case may arrive in any order across topics, so the effect must not
     * depend on that order.
     */
    void project(ReceivedEvent event);

    /**
     * Locks out concurrent writers of the projection until the transaction ends (readers may go on
     * seeing the old rows): an event received meanwhile then waits and is applied on top of the
     * rebuilt state. A rebuild locks every projection it rebuilds before it reads the ledger.
     */
    void lock();

    /** Empties the projection for a rebuild, in the transaction that {@link #lock() locked} it. */
    void reset();

    /**
     * How this projection takes the events of a rebuild, after {@link #lock()}, until {@link Rebuild#finish()}. The
     * rebuild applies its events on a thread without the transaction: whatever it reads or writes goes through
     * {@code transaction}, in order. By default the events go to {@link #project} there, a batch at a time. A
     * projection may instead gather its rows and write them in batches, as long as every row is written by
     * {@code finish}.
     */
    default Rebuild rebuilding(RebuildTransaction transaction) {
        return new EventByEventRebuild(this, transaction);
    }

    /** One rebuild of a projection from the ledger. */
    interface Rebuild {

        void apply(ReceivedEvent event);

        /** Writes whatever the rebuild still holds. */
        void finish();
    }

    /** The name an operator replays it by: its class's name without "Projection", in kebab case (public-allegation). */
    default String name() {
        String simpleName = ClassUtils.getUserClass(this).getSimpleName().replaceFirst("Projection$", "");
        return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
