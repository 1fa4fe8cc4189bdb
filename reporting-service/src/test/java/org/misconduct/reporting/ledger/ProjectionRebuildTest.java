package org.misconduct.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.streaming.ReceivedEvent;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

class ProjectionRebuildTest {

    private static JdbcTemplate jdbc;

    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstEventApplied = new CountDownLatch(1);
    private boolean emptiedOnceAnEventIsApplied;

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("reporting_rebuild_test", "classpath:db/streaming", "classpath:db/reporting");
    }

    @BeforeEach
    void ledgerOfThreeEvents() {
        LedgerRegistrations.replace(jdbc, 3, 0);
    }

    @Test
    void theProjectionsAreLockedBeforeTheLedgerIsReadAndEmptiedBeforeAnyRowIsWritten() {
        long replayed = rebuild().rebuild(total -> steps.add("total " + total), read -> steps.add("read " + read));

        assertThat(replayed).isEqualTo(3);
        assertThat(steps).containsSubsequence("lock in the transaction", "total 3", "read 1")
                .containsSubsequence("reset in the transaction", "project event-1", "project event-2", "project event-3");
    }

    @Test
    void theProjectionsAreEmptiedWhileTheFirstEventsAreApplied() {
        emptiedOnceAnEventIsApplied = true;

        rebuild().rebuild();

        assertThat(steps).contains("reset in the transaction").doesNotContain("reset before any event was applied");
    }

    private ProjectionRebuild rebuild() {
        ReceivedEventLedger ledger = new ReceivedEventLedger(jdbc, JsonMapper.builder().findAndAddModules().build(),
                Clock.systemUTC());
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        return new ProjectionRebuild(ledger, List.of(new RecordedProjection()), transaction, jdbc.getDataSource());
    }

    /** Tells what a rebuild asked of it, in the order asked, and whether in the rebuild's transaction. */
    private final class RecordedProjection implements Projection {

        @Override
        public void project(ReceivedEvent event) {
            steps.add("project " + event.id());
        }

        @Override
        public void lock() {
            steps.add("lock" + where());
        }

        @Override
        public void reset() {
            if (emptiedOnceAnEventIsApplied && !awaitFirstEvent()) {
                steps.add("reset before any event was applied");
            }
            steps.add("reset" + where());
        }

        @Override
        public Rebuild rebuilding(RebuildTransaction transaction) {
            Rebuild eventByEvent = Projection.super.rebuilding(transaction);
            return new Rebuild() {
                @Override
                public void apply(ReceivedEvent event) {
                    firstEventApplied.countDown();
                    eventByEvent.apply(event);
                }

                @Override
                public void finish() {
                    eventByEvent.finish();
                }
            };
        }

        private boolean awaitFirstEvent() {
            try {
                return firstEventApplied.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static String where() {
            return TransactionSynchronizationManager.isActualTransactionActive() ? " in the transaction" : " outside it";
        }
    }
}
