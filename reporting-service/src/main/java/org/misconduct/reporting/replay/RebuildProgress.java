package org.misconduct.reporting.replay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** Where the latest rebuild of the projections stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RebuildProgress(
        State state,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Ledger events replayed so far")
        long eventsDone,
        @Schema(description = "Ledger events to replay; known once the projections are locked")
        Long eventsTotal,
        @Schema(description = "Events replayed per second since the start")
        BigDecimal eventsPerSecond,
        @Schema(description = "Why the rebuild failed; the projections then stay as they were")
        String failure) {

    public enum State { NEVER_RUN, RUNNING, SUCCEEDED, FAILED }

    static final RebuildProgress NEVER_RUN = new RebuildProgress(State.NEVER_RUN, null, null, 0, null, null, null);

    /**
     * The ledger's size: while this rebuild runs, the count it took when it started, otherwise {@code counted}. Counting
     * scans the whole ledger, and a rebuild is watched by asking its status every few seconds, so each look would take
     * the database away from the rebuild it watches; events received meanwhile are counted once it has ended.
     */
    long ledgerEvents(LongSupplier counted) {
        return state == State.RUNNING && eventsTotal != null ? eventsTotal : counted.getAsLong();
    }
}
