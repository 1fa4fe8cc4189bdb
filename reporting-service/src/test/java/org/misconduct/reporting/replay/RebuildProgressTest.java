package org.misconduct.reporting.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.misconduct.reporting.replay.RebuildProgress.State;

class RebuildProgressTest {

    private static final Instant STARTED = Instant.parse("2026-12-07T09:00:00Z");
    private static final LongSupplier NOT_COUNTED = () -> {
        throw new AssertionError("the ledger was counted while the rebuild knew its size");
    };

    @Test
    void aRunningRebuildGivesTheLedgerSizeItFoundWithoutCountingAgain() {
        RebuildProgress running = new RebuildProgress(State.RUNNING, STARTED, null, 400, 1_000L, null, null);

        assertThat(running.ledgerEvents(NOT_COUNTED)).isEqualTo(1_000);
    }

    @Test
    void aRebuildThatHasNotYetCountedLeavesTheLedgerToBeCounted() {
        RebuildProgress locking = new RebuildProgress(State.RUNNING, STARTED, null, 0, null, null, null);

        assertThat(locking.ledgerEvents(() -> 1_000)).isEqualTo(1_000);
    }

    @Test
    void onceARebuildHasEndedTheLedgerIsCountedAgainWithWhatCameMeanwhile() {
        RebuildProgress succeeded = new RebuildProgress(State.SUCCEEDED, STARTED, STARTED.plusSeconds(20), 1_000,
                1_000L, null, null);
        RebuildProgress failed = new RebuildProgress(State.FAILED, STARTED, STARTED.plusSeconds(20), 400, 1_000L, null,
                "IllegalStateException: the ledger could not be read");

        assertThat(succeeded.ledgerEvents(() -> 1_003)).isEqualTo(1_003);
        assertThat(failed.ledgerEvents(() -> 1_003)).isEqualTo(1_003);
        assertThat(RebuildProgress.NEVER_RUN.ledgerEvents(() -> 1_003)).isEqualTo(1_003);
    }
}
