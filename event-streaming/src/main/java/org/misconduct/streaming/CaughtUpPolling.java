package org.misconduct.streaming;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store as the pooled processors read it. The JDBC event store's streams cannot call a processor back when an
 * event arrives, so a pooled processor that has caught up looks again only every 500 ms, which every processor on a
 * complaint's path adds to its latency. These streams take the call-back and make it every
 * {@code misconduct.scale-out.caught-up-poll}: the processor then looks at what the event store has already fetched,
 * without a query of its own.
 */
public final class CaughtUpPolling implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    /** The bean name a processor's {@code source} setting takes. */
    public static final String BEAN_NAME = "caughtUpPolling";
    private static final Logger log = LoggerFactory.getLogger(CaughtUpPolling.class);

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final Set<Runnable> callBacks = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "caught-up-poll");
        thread.setDaemon(true);
        return thread;
    });

    public CaughtUpPolling(StreamableMessageSource<TrackedEventMessage<?>> store, Duration interval) {
        this.store = store;
        poller.scheduleWithFixedDelay(this::callBack, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Tells every open stream's processor to look for new events. One that cannot be told (its processor stopping) must
     * not end the polling of the others: a scheduled task that throws is never run again.
     */
    private void callBack() {
        for (Runnable callBack : callBacks) {
            try {
                callBack.run();
            } catch (RuntimeException e) {
                log.debug("A processor could not be told to look for new events: {}", e.toString());
            }
        }
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new CalledBackStream(store.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    /** A stream of the event store that takes its reader's call-back for the poller. */
    private final class CalledBackStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private volatile Runnable callBack;

        CalledBackStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            forgetCallBack();
            callBack = callback;
            callBacks.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public Stream<TrackedEventMessage<?>> asStream() {
            return stream.asStream();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            forgetCallBack();
            stream.close();
        }

        private void forgetCallBack() {
            if (callBack != null) {
                callBacks.remove(callBack);
            }
        }
    }
}
