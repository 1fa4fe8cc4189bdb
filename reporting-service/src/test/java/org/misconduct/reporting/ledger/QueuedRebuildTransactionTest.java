package org.misconduct.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class QueuedRebuildTransactionTest {

    /** A database nobody listens for: the work here never reaches it. */
    private static final DataSource DATABASE = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/nowhere");

    private final List<String> done = new CopyOnWriteArrayList<>();

    @Test
    void theWorkIsDoneInTheOrderGivenOnTheTransactionsThreadWhileTheEventsAreAppliedOnAnother() {
        Thread transactionThread = Thread.currentThread();
        AtomicReference<Thread> applier = new AtomicReference<>();

        long applied = QueuedRebuildTransaction.run(DATABASE, transaction -> {
            applier.set(Thread.currentThread());
            for (int work = 1; work <= 100; work++) {
                String name = "work " + work;
                transaction.write(() -> done.add(name + (Thread.currentThread() == transactionThread ? "" : " elsewhere")));
            }
            return 100L;
        });

        assertThat(applied).isEqualTo(100);
        assertThat(applier.get()).isNotSameAs(transactionThread);
        assertThat(done).hasSize(100).allMatch(work -> !work.endsWith("elsewhere"));
        assertThat(done.get(0)).isEqualTo("work 1");
        assertThat(done.get(99)).isEqualTo("work 100");
    }

    @Test
    void aReadIsDoneAfterEveryWriteGivenBeforeIt() {
        int seen = QueuedRebuildTransaction.run(DATABASE, transaction -> {
            for (int work = 0; work < 50; work++) {
                transaction.write(() -> done.add("written"));
            }
            return transaction.read(done::size);
        });

        assertThat(seen).isEqualTo(50);
    }

    @Test
    void aFailedWriteStopsTheApplierAndIsThrownOnTheTransactionsThread() {
        AtomicReference<Thread> applier = new AtomicReference<>();

        assertThatThrownBy(() -> QueuedRebuildTransaction.run(DATABASE, transaction -> {
            applier.set(Thread.currentThread());
            transaction.write(() -> {
                throw new IllegalStateException("the database refused a row");
            });
            while (true) {
                transaction.write(() -> done.add("after the failure"));
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("the database refused a row");

        assertThat(applier.get().isAlive()).isFalse();
        assertThat(done).isEmpty();
    }

    @Test
    void aFailedApplierIsThrownOnTheTransactionsThreadOnceTheWorkItGaveIsDone() {
        assertThatThrownBy(() -> QueuedRebuildTransaction.run(DATABASE, transaction -> {
            transaction.write(() -> done.add("before the failure"));
            throw new IllegalArgumentException("an unreadable event");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("an unreadable event");

        assertThat(done).containsExactly("before the failure");
    }

    @Test
    void theApplierCannotReachTheDatabaseButThroughTheTransaction() {
        JdbcTemplate jdbc = new JdbcTemplate(DATABASE);

        assertThatThrownBy(() -> QueuedRebuildTransaction.run(DATABASE, transaction -> jdbc.queryForObject("SELECT 1", Integer.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("through its RebuildTransaction");
    }
}
