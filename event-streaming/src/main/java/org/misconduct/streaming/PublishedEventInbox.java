package org.misconduct.streaming;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives published events at least once and hands each to its handler exactly once.
 *
 * <p>The event's CloudEvent id is recorded in the same database transaction as the handler's
 * effects, so a redelivered event finds its id and is skipped, and a failed handler leaves no
 * trace and is delivered again.
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
     * @param consumer a name for the handling component, recorded beside the event id
     * @param handler  the effect of the event; runs inside the inbox's transaction
     */
    public void receive(ConsumerRecord<String, byte[]> record, String consumer, Consumer<ReceivedEvent> handler) {
        Optional<ReceivedEvent> event = codec.decode(record.value());
        String eventId = event.map(ReceivedEvent::id).orElseGet(() -> codec.idOf(record.value()));
        String type = event.map(ReceivedEvent::type).orElse("unknown");
        Map<String, String> traceContext = codec.traceContextOf(record.value());
        telemetry.receiving(record, consumer, type, eventId, traceContext, () -> transaction.executeWithoutResult(status -> {
            if (!firstDelivery(eventId, consumer)) {
                log.debug("Skipping redelivered event {} on {}", eventId, record.topic());
                return;
            }
            log.debug("Handling {} {} from {} in {}", type, eventId, record.topic(), consumer);
            event.ifPresentOrElse(handler, () -> log.info("Skipping event {} of a type this version does not know", eventId));
            telemetry.countProjected(record.topic(), consumer);
        }));
    }

    private boolean firstDelivery(String eventId, String consumer) {
        int inserted = jdbc.update(
                "INSERT INTO processed_event (event_id, consumer, processed_at) VALUES (?, ?, ?) ON CONFLICT (event_id, consumer) DO NOTHING",
                eventId, consumer, Timestamp.from(clock.instant()));
        return inserted == 1;
    }
}
