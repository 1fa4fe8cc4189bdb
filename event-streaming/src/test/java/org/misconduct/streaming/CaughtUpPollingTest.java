package org.misconduct.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CaughtUpPollingTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final CaughtUpPolling polling = new CaughtUpPolling(store, Duration.ofMillis(20));

    @AfterEach
    void close() {
        polling.close();
        store.shutDown();
    }

    @Test
    void aReaderIsCalledBackEveryIntervalUntilItsStreamCloses() {
        AtomicInteger calls = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = polling.openStream(null);

        assertThat(stream.setOnAvailableCallback(calls::incrementAndGet)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() >= 3);

        stream.close();
        int whenClosed = calls.get();
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> calls.get() <= whenClosed + 1);
    }

    @Test
    void aNewCallBackReplacesTheStreamsOldOne() {
        AtomicInteger old = new AtomicInteger();
        AtomicInteger current = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = polling.openStream(null);

        stream.setOnAvailableCallback(old::incrementAndGet);
        stream.setOnAvailableCallback(current::incrementAndGet);
        int oldCalls = old.get();

        await().atMost(Duration.ofSeconds(5)).until(() -> current.get() >= 3);
        assertThat(old.get()).isLessThanOrEqualTo(oldCalls + 1);
        stream.close();
    }

    @Test
    void theStreamReadsTheEventStore() throws InterruptedException {
        store.publish(GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("second"));

        BlockingStream<TrackedEventMessage<?>> stream = polling.openStream(polling.createTailToken());

        assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
        assertThat(stream.peek()).hasValueSatisfying(event -> assertThat(event.getPayload()).isEqualTo("second"));
        stream.close();
    }

    @Test
    void aPollingIntervalMustBePositive() {
        assertThatThrownBy(() -> new ScaleOutProperties(4, Duration.ofSeconds(5), Duration.ZERO, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caught-up-poll");
    }
}
