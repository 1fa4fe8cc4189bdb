package org.misconduct.reporting.ledger;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a rebuild on two threads: the caller's, which holds the transaction and does the database work in the order it
 * is queued, and an applier of its own, which applies the events and queues that work. JDBC stays on the transaction's
 * thread; the queue is short, so an applier that runs ahead waits for the database instead of filling the heap. A
 * failure on either thread stops both and is thrown on the caller's, whose transaction then rolls back.
 */
public final class QueuedRebuildTransaction implements RebuildTransaction {

    /**
     * Room for the work of about a second of events (a batch of rows is a few hundred kilobytes of text at most), so
     * that the applier keeps going while the transaction empties the projections, its first work.
     */
    private static final int QUEUED = 64;
    private static final Runnable APPLIED = () -> { };
    private static final CustomizableThreadFactory APPLIERS = appliers();

    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUED);
    private volatile boolean stopped;

    private QueuedRebuildTransaction() {
    }

    /**
     * Applies on a thread of its own, does the queued work on this one until the applier ends, and returns its result.
     * The applier cannot reach {@code dataSource} by itself: a statement there fails instead of opening a connection
     * outside the transaction, which would wait on the transaction's own locks.
     */
    public static <T> T run(DataSource dataSource, Function<RebuildTransaction, T> applying) {
        QueuedRebuildTransaction transaction = new QueuedRebuildTransaction();
        CompletableFuture<T> applied = new CompletableFuture<>();
        Thread applier = APPLIERS.newThread(() -> {
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(RefusedConnection.because(
                    "A rebuild applies its events outside its transaction: read and write through its RebuildTransaction")));
            try {
                applied.complete(applying.apply(transaction));
            } catch (Throwable failure) {
                applied.completeExceptionally(failure);
            } finally {
                TransactionSynchronizationManager.unbindResource(dataSource);
                transaction.queueEnd();
            }
        });
        applier.start();
        try {
            transaction.work();
        } catch (RuntimeException | Error failure) {
            transaction.stop(applier);
            throw failure;
        }
        return result(applied);
    }

    @Override
    public void write(Runnable work) {
        if (stopped) {
            throw new CancellationException("The rebuild's transaction stopped");
        }
        try {
            queue.put(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The rebuild's transaction stopped");
        }
    }

    @Override
    public <T> T read(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        write(() -> result.complete(work.get()));
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The rebuild's transaction stopped");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void work() {
        try {
            for (Runnable work = queue.take(); work != APPLIED; work = queue.take()) {
                work.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The rebuild was interrupted");
        }
    }

    private void queueEnd() {
        try {
            if (!stopped) {
                queue.put(APPLIED);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the applier: it is interrupted wherever it waits for this transaction, and nothing it queued is done. */
    private void stop(Thread applier) {
        stopped = true;
        applier.interrupt();
        queue.clear();
        try {
            applier.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T result(CompletableFuture<T> applied) {
        try {
            return applied.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static CustomizableThreadFactory appliers() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("projection-rebuild-apply-");
        threads.setDaemon(true);
        return threads;
    }
}
