package org.misconduct.streaming;

import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Spreads the segments of the streaming event processors over the running instances. A pooled processor claims every
 * segment no instance holds, so the first instance to start holds them all; every few claim intervals each instance
 * compares what it holds with its share of the work ({@link InstanceShare}) and releases the surplus for long enough
 * that another instance's next claim takes it. A released segment nobody takes comes back to this instance, and the
 * segments of a stopped instance are taken by the others at their next claim.
 */
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final InstanceShare share;
    private final ScaleOutProperties scaleOut;
    private ScheduledExecutorService schedule;

    SegmentBalancer(EventProcessingConfiguration processing, InstanceShare share, ScaleOutProperties scaleOut) {
        this.processing = processing;
        this.share = share;
        this.scaleOut = scaleOut;
    }

    void balance() {
        share.fraction().ifPresent(fraction -> {
            int due = Math.max(1, (int) Math.ceil(fraction * scaleOut.segments() - 1e-9));
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                    releaseSurplus(name, streaming, due);
                }
            });
        });
    }

    private void releaseSurplus(String name, StreamingEventProcessor processor, int due) {
        Duration releaseFor = scaleOut.tokenClaimInterval().multipliedBy(3);
        processor.processingStatus().keySet().stream()
                .sorted(Comparator.reverseOrder())
                .limit(Math.max(0, processor.processingStatus().size() - due))
                .forEach(segment -> {
                    log.info("Releasing segment {} of {} for another instance (this one's share: {} segments)", segment, name, due);
                    processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
                });
    }

    @Override
    public void start() {
        long every = scaleOut.tokenClaimInterval().multipliedBy(2).toMillis();
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::balanceQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("Segments not balanced this time: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
        share.close();
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }
}
