package org.misconduct.streaming;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.PublishedEventCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives published events at least once and hands each to its handler exactly once.
 *
 * <p>Each record is read once ({@link CloudEventCodec#read}) and held against its topic's publisher: a record that is
 * not a CloudEvent, or whose type or source does not belong on its topic, fails as a {@link PoisonEvent}, which the
 * error handler sends to the dead-letter topic at once. The event's
 * CloudEvent id is then recorded in the same database transaction as the handler's effects, so a redelivered event
 * finds its id and is skipped, and a failed handler leaves no trace and is delivered again.
 */
public class PublishedEventInbox {

    private static final Logger log = LoggerFactory.getLogger(PublishedEventInbox.class);

    private final CloudEventCodec codec;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final EventTelemetry telemetry;

    public PublishedEventInbox(CloudEventCodec codec, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
                               EventTelemetry telemetry) {
        this.codec = codec;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.telemetry = telemetry;
    }

    /**
     * For a consumer that acts on events of some types: a type this version does not know is poison
     * ({@link UnknownEventType}); a known type the consumer does not act on is let pass, with no transaction and no
     * record, since it has no effect to keep from happening twice.
     *
     * @param consumer a name for the handling component, recorded beside the event id
     * @param handlers the effect of each type acted on; runs inside the inbox's transaction
     */
    public void receive(ConsumerRecord<String, byte[]> record, String consumer, PublishedEventHandlers handlers) {
        IncomingEvent event = read(record);
        ReceivedEvent received = event.received().orElseThrow(() -> new UnknownEventType(record.topic(), event));
        Optional<Consumer<PublishedEvent>> handler = handlers.of(received.data());
        if (handler.isEmpty()) {
            log.debug("{} does not act on {} {}", consumer, event.type(), event.id());
            return;
        }
        handle(record, event, consumer, (ignored, incoming) -> firstDelivery(incoming.id(), consumer),
                incoming -> handler.get().accept(received.data()));
    }

    /**
     * For a consumer that keeps its own record of every event it received, also of types this version does not know:
     * {@code deduplication} records the event in the handler's transaction and tells whether it is the first delivery,
     * in place of the inbox's own table.
     */
    public void receive(ConsumerRecord<String, byte[]> record, String consumer, Deduplication deduplication,
                        Consumer<IncomingEvent> handler) {
        handle(record, read(record), consumer, deduplication, handler);
    }

    private IncomingEvent read(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = codec.read(record.value());
        if (!PublishedEventCatalogue.fromItsPublisher(record.topic(), event.source(), event.type())) {
            throw new ForgedEvent(record.topic(), event);
        }
        return event;
    }

    private void handle(ConsumerRecord<String, byte[]> record, IncomingEvent event, String consumer,
                        Deduplication deduplication, Consumer<IncomingEvent> handler) {
        telemetry.receiving(record, consumer, event.type(), event.id(), event.traceContext(),
                () -> transaction.executeWithoutResult(status -> {
                    if (!deduplication.firstDelivery(record, event)) {
                        log.debug("Skipping redelivered event {} on {}", event.id(), record.topic());
                        return;
                    }
                    log.debug("Handling {} {} from {} in {}", event.type(), event.id(), record.topic(), consumer);
                    handler.accept(event);
                    telemetry.countProjected(record.topic(), consumer);
                }));
    }

    private boolean firstDelivery(String eventId, String consumer) {
        int inserted = jdbc.update(
                "INSERT INTO processed_event (event_id, consumer, processed_at) VALUES (?, ?, ?) ON CONFLICT (event_id, consumer) DO NOTHING",
                eventId, consumer, Timestamp.from(clock.instant()));
        return inserted == 1;
    }

    /** Records an event as received, in the handler's transaction. */
    @FunctionalInterface
    public interface Deduplication {

        /** @return false when the event was received before: its handler is then skipped */
        boolean firstDelivery(ConsumerRecord<String, byte[]> record, IncomingEvent event);
    }
}
