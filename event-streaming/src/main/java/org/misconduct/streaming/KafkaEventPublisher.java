package org.misconduct.streaming;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
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
 */
public class KafkaEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    private static final Duration FIRST_RETRY_INTERVAL = Duration.ofMillis(200);

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
        telemetry.publishing(event, properties.topic(), traceContext -> send(event,
                codec.encode(event, eventId, properties.source(), occurredAt, traceContext)));
    }

    private void send(PublishedEvent event, byte[] value) {
        ProducerRecord<Object, Object> record = new ProducerRecord<>(properties.topic(), event.key(), value);
        Duration pause = FIRST_RETRY_INTERVAL;
        int attempt = 1;
        while (!sent(record, event, attempt)) {
            sleep(pause);
            pause = min(pause.multipliedBy(2), properties.maxRetryInterval());
            attempt++;
        }
    }

    private boolean sent(ProducerRecord<Object, Object> record, PublishedEvent event, int attempt) {
        try {
            kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (attempt > 1) {
                log.info("Published {} of {} to {} after {} attempts", event.eventType(), event.key(), record.topic(), attempt);
            }
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
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

    /** Shutdown interrupted a publication; the processor's token stays before the event, which is sent again later. */
    public static class PublicationInterrupted extends RuntimeException {
        PublicationInterrupted(PublishedEvent event) {
            super(event == null ? "Publication interrupted" : "Publication of " + event.eventType() + " interrupted");
        }
    }
}
