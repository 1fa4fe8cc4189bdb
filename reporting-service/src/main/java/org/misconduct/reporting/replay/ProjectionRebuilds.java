package org.misconduct.reporting.replay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

import jakarta.annotation.PreDestroy;
import org.misconduct.domain.RuleViolation;
import org.misconduct.reporting.ledger.ProjectionRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs one rebuild of the projections at a time in the background, and tells how far it got. */
@Component
class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final ProjectionRebuild rebuild;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Run> current = new AtomicReference<>();

    ProjectionRebuilds(ProjectionRebuild rebuild, Clock clock) {
        this.rebuild = rebuild;
        this.clock = clock;
    }

    /** Starts a rebuild of every projection; refused while one runs. */
    RebuildProgress start() {
        return start(rebuild::rebuild);
    }

    /** Starts a rebuild of the named projection alone; refused while one runs. */
    RebuildProgress start(String name) {
        return start((started, progress) -> rebuild.rebuild(name, started, progress));
    }

    private RebuildProgress start(Rebuild what) {
        Run run = new Run(clock.instant(), System.nanoTime());
        Run previous = current.get();
        if ((previous != null && previous.finishedAt.get() == null) || !current.compareAndSet(previous, run)) {
            throw new RuleViolation("A rebuild of the projections is already running");
        }
        log.info("Rebuilding the projections from the ledger");
        worker.execute(() -> run(run, what));
        return run.progress();
    }

    @FunctionalInterface
    private interface Rebuild {
        long run(LongConsumer started, LongConsumer progress);
    }

    RebuildProgress progress() {
        Run run = current.get();
        return run == null ? RebuildProgress.NEVER_RUN : run.progress();
    }

    private void run(Run run, Rebuild what) {
        try {
            long replayed = what.run(run.total::set, run.done::set);
            log.info("Rebuilt the projections from {} ledger events in {} ms", replayed,
                    (System.nanoTime() - run.startedNanos) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Rebuilding the projections failed; they stay as they were", e);
            run.failure.set(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            run.finishedNanos.set(System.nanoTime());
            run.finishedAt.set(clock.instant());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static final class Run {
        final Instant startedAt;
        final long startedNanos;
        final AtomicLong total = new AtomicLong(-1);
        final AtomicLong done = new AtomicLong();
        final AtomicReference<Instant> finishedAt = new AtomicReference<>();
        final AtomicLong finishedNanos = new AtomicLong();
        final AtomicReference<String> failure = new AtomicReference<>();

        Run(Instant startedAt, long startedNanos) {
            this.startedAt = startedAt;
            this.startedNanos = startedNanos;
        }

        RebuildProgress progress() {
            Instant finished = finishedAt.get();
            RebuildProgress.State state = finished == null ? RebuildProgress.State.RUNNING
                    : failure.get() == null ? RebuildProgress.State.SUCCEEDED : RebuildProgress.State.FAILED;
            long eventsDone = done.get();
            long until = finished == null ? System.nanoTime() : finishedNanos.get();
            double seconds = (until - startedNanos) / 1e9;
            BigDecimal rate = seconds <= 0 ? null : BigDecimal.valueOf(eventsDone / seconds).setScale(1, RoundingMode.HALF_UP);
            long eventsTotal = total.get();
            return new RebuildProgress(state, startedAt, finished, eventsDone, eventsTotal < 0 ? null : eventsTotal, rate,
                    failure.get());
        }
    }
}
