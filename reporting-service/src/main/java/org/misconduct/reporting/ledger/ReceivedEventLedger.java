package org.misconduct.reporting.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.PublishedEventCatalogue;
import org.misconduct.streaming.ReceivedEvent;
import org.misconduct.streaming.UndecodableEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The append-only record of every published event received, including types this version cannot
 * read yet, so that a later version's rebuild can project them too.
 */
@Component
class ReceivedEventLedger {

    private static final int REPLAY_FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final EventFormat format = new JsonFormat();

    ReceivedEventLedger(JdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    LedgerEntry entryOf(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = format.deserialize(record.value());
        } catch (RuntimeException e) {
            throw new UndecodableEvent("Record is not a CloudEvent in JSON", e);
        }
        String caseReference = record.key() != null ? record.key() : event.getSubject();
        Instant occurredAt = event.getTime() == null ? null : event.getTime().toInstant();
        return new LedgerEntry(event.getId(), event.getType(), event.getSource().toString(), record.topic(),
                caseReference, occurredAt, jsonDataOf(event));
    }

    /** @return false when the event was already in the ledger */
    boolean append(LedgerEntry entry) {
        return jdbc.update("""
                        INSERT INTO received_event (event_id, type, source, topic, case_reference, occurred_at, received_at, data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (event_id) DO NOTHING""",
                entry.eventId(), entry.type(), entry.source(), entry.topic(), entry.caseReference(),
                timestamp(entry.occurredAt()), Timestamp.from(clock.instant()), entry.data()) == 1;
    }

    long size() {
        return jdbc.queryForObject("SELECT count(*) FROM received_event", Long.class);
    }

    /**
     * Hands every event of a type this version knows to {@code consumer}, in the order received.
     * Streams the rows, so it must run inside a transaction.
     *
     * @return how many events were handed over
     */
    long replay(Consumer<ReceivedEvent> consumer) {
        return replay(consumer, rows -> { });
    }

    /** As {@link #replay(Consumer)}, telling {@code rowsRead} how many ledger rows, of any type, were read so far. */
    long replay(Consumer<ReceivedEvent> consumer, LongConsumer rowsRead) {
        long[] replayed = {0};
        long[] read = {0};
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "SELECT event_id, type, source, occurred_at, data FROM received_event ORDER BY sequence");
            statement.setFetchSize(REPLAY_FETCH_SIZE);
            return statement;
        }, (RowCallbackHandler) row -> {
            decode(row).ifPresent(event -> {
                consumer.accept(event);
                replayed[0]++;
            });
            rowsRead.accept(++read[0]);
        });
        return replayed[0];
    }

    private Optional<ReceivedEvent> decode(ResultSet row) throws SQLException {
        String id = row.getString("event_id");
        String type = row.getString("type");
        Optional<Class<? extends PublishedEvent>> eventClass = PublishedEventCatalogue.classOf(type);
        if (eventClass.isEmpty()) {
            return Optional.empty();
        }
        String data = row.getString("data");
        if (data == null) {
            throw new IllegalStateException("Ledger event " + id + " of type " + type + " has no data");
        }
        try {
            PublishedEvent event = objectMapper.readValue(data, eventClass.get());
            Timestamp occurredAt = row.getTimestamp("occurred_at");
            return Optional.of(new ReceivedEvent(id, type, row.getString("source"),
                    occurredAt == null ? null : occurredAt.toInstant(), event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ledger event " + id + " cannot be read as " + type, e);
        }
    }

    private String jsonDataOf(CloudEvent event) {
        if (event.getData() == null) {
            return null;
        }
        try {
            return objectMapper.readTree(event.getData().toBytes()).toString();
        } catch (Exception e) {
            // Kept only as JSON: data in another format could never be replayed into a projection.
            throw new UndecodableEvent("CloudEvent " + event.getId() + " carries data that is not JSON", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
