package org.misconduct.streaming;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.misconduct.contracts.PublishedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends published events to this service's topic, keyed by case reference.
 *
 * <p>Called from the Kafka publication tracking processor. It returns only once the broker has
 * acknowledged the event and keeps trying while the broker is unreachable, so the processor's token
 * never moves past an event that did not reach Kafka. The event's id is the stored event's own
 * identifier: a re-publication after a crash carries the same id and consumers drop it. It refuses to
 * wait inside a database transaction, which would hold a connection, its locks and an open snapshot for as
 * long as Kafka is away.
 *
 * <p>Inside a unit of work (the publication processor's batch), an event is handed to the producer at once and the
 * wait happens in {@link #awaitSent}, once for the whole batch, before the processor stores its token. An event the
 * broker did not take is sent again, in the order of the batch: the idempotent producer only ever loses a suffix of a
 * partition's records, so re-sending in order keeps each case's events in order.
 */
public class KafkaEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    private static final Duration FIRST_RETRY_INTERVAL = Duration.ofMillis(200);
    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<Object, Object> kafka;
    private final CloudEventCodec codec;
    private final PublicationProperties properties;
    private final EventTelemetry telemetry;

    public KafkaEventPublisher(KafkaTemplate<Object, Object> kafka, CloudEventCodec codec, PublicationProperties properties,
                               EventTelemetry telemetry) {
        this.kafka = kafka;
        this.codec = codec;
        this.properties = properties;
        this.telemetry = telemetry;
    }

    public void publish(PublishedEvent event, String eventId, Instant occurredAt) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Kafka publication of " + event.eventType()
                    + " must run outside a database transaction: it waits for Kafka as long as Kafka is unreachable");
        }
        telemetry.publishing(event, properties.topic(), traceContext -> {
            ProducerRecord<Object, Object> record = new ProducerRecord<>(properties.topic(), event.key(),
                    codec.encode(event, eventId, properties.source(), occurredAt, traceContext));
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().<List<Pending>>getOrComputeResource(PENDING, key -> new ArrayList<>())
                        .add(new Pending(event, record, handOver(record)));
            } else {
                send(event, record);
            }
        });
    }

    /**
     * Returns once the broker has acknowledged every event the unit of work handed over, in the order they were
     * handed over, sending again each one it did not acknowledge until it does.
     */
    public void awaitSent(UnitOfWork<?> unitOfWork) {
        List<Pending> pending = unitOfWork.getResource(PENDING);
        if (pending == null) {
            return;
        }
        pending.forEach(this::deliver);
        pending.clear();
    }

    private void send(PublishedEvent event, ProducerRecord<Object, Object> record) {
        deliver(new Pending(event, record, handOver(record)));
    }

    /** Waits for the broker to acknowledge a record handed over, handing it over again until it does. */
    private void deliver(Pending publication) {
        Duration pause = FIRST_RETRY_INTERVAL;
        int attempt = 1;
        CompletableFuture<?> acknowledgement = publication.acknowledgement();
        while (!acknowledged(acknowledgement, publication.event(), attempt)) {
            sleep(pause);
            pause = min(pause.multipliedBy(2), properties.maxRetryInterval());
            attempt++;
            acknowledgement = handOver(publication.record());
        }
        if (attempt > 1) {
            log.info("Published {} of {} to {} after {} attempts", publication.event().eventType(), publication.event().key(),
                    publication.record().topic(), attempt);
        }
    }

    private CompletableFuture<?> handOver(ProducerRecord<Object, Object> record) {
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean acknowledged(CompletableFuture<?> acknowledgement, PublishedEvent event, int attempt) {
        try {
            acknowledgement.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            if (attempt == 1 || attempt % 50 == 0) {
                log.warn("Kafka has not accepted {} of {} (attempt {}): {}; retrying until it does",
                        event.eventType(), event.key(), attempt, e.toString());
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationInterrupted(event);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationInterrupted(null);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Pending(PublishedEvent event, ProducerRecord<Object, Object> record, CompletableFuture<?> acknowledgement) {
    }

    /** Shutdown interrupted a publication; the processor's token stays before the event, which is sent again later. */
    public static class PublicationInterrupted extends RuntimeException {
        PublicationInterrupted(PublishedEvent event) {
            super(event == null ? "Publication interrupted" : "Publication of " + event.eventType() + " interrupted");
        }
    }
}
