package org.misconduct.integrity;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Extends the chain at a fixed delay on a thread of its own while the service runs. Too frequent for db-scheduler's
 * polling; every instance tries and the database lets one at a time through. A failure (the database unreachable)
 * is logged and the next run tries again.
 */
public class ScheduledChainExtension implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledChainExtension.class);

    private final ChainExtension extension;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private boolean failing;

    public ScheduledChainExtension(ChainExtension extension, Duration interval) {
        this.extension = extension;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-chain-extension");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::extend, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void extend() {
        try {
            extension.extend();
            if (failing) {
                log.info("The event chain is extended again");
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Could not extend the event chain; retrying every {}: {}", interval, e.getMessage());
            }
            failing = true;
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
