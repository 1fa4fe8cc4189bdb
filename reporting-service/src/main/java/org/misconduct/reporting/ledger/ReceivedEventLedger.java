package org.misconduct.reporting.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.PublishedEventCatalogue;
import org.misconduct.streaming.IncomingEvent;
import org.misconduct.streaming.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * The append-only record of every published event received, including types this version cannot
 * read yet, so that a later version's rebuild can project them too.
 */
@Component
class ReceivedEventLedger {

    private static final int REPLAY_PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final Map<Class<? extends PublishedEvent>, ObjectReader> readers = new ConcurrentHashMap<>();
    private final Clock clock;

    ReceivedEventLedger(JdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /**
     * Records a received event, in the caller's transaction; the CloudEvent id is the key, so this is where a
     * redelivered event is recognised.
     *
     * @return false when the event was already in the ledger
     */
    boolean append(ConsumerRecord<String, byte[]> record, IncomingEvent event) {
        String caseReference = record.key() != null ? record.key() : event.subject();
        return jdbc.update("""
                        INSERT INTO received_event (event_id, type, source, topic, case_reference, occurred_at, received_at, data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::json)
                        ON CONFLICT (event_id) DO NOTHING""",
                event.id(), event.type(), event.source(), record.topic(), caseReference,
                timestamp(event.time()), Timestamp.from(clock.instant()),
                event.data() == null ? null : event.data().toString()) == 1;
    }

    long size() {
        return jdbc.queryForObject("SELECT count(*) FROM received_event", Long.class);
    }

    /**
     * Hands every event of a type this version knows to {@code consumer}, in the order received.
     *
     * @return how many events were handed over
     */
    long replay(Consumer<ReceivedEvent> consumer) {
        return replay(consumer, rows -> { });
    }

    /**
     * As {@link #replay(Consumer)}, telling {@code rowsRead} how many ledger rows, of any type, were read so far. Reads
     * the ledger a page at a time along its sequence's index, so the first event is handed over at once and no sort of
     * the whole ledger is spilled to disk, however large it grows. The next page is read and decoded on a thread of its
     * own while the consumer takes the current one. It is read outside the caller's transaction, which changes nothing
     * the caller sees: each page was already read with a snapshot of its own, and the ledger is only appended to.
     */
    long replay(Consumer<ReceivedEvent> consumer, LongConsumer rowsRead) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("ledger-read-ahead-");
        threads.setDaemon(true);
        ExecutorService readAhead = Executors.newSingleThreadExecutor(threads);
        try {
            long replayed = 0;
            long read = 0;
            CompletableFuture<List<LedgerRow>> next = readPage(Long.MIN_VALUE, readAhead);
            List<LedgerRow> page;
            do {
                page = joined(next);
                if (page.size() == REPLAY_PAGE) {
                    next = readPage(page.get(page.size() - 1).sequence(), readAhead);
                }
                for (LedgerRow row : page) {
                    if (row.event().isPresent()) {
                        consumer.accept(row.event().get());
                        replayed++;
                    }
                    rowsRead.accept(++read);
                }
            } while (page.size() == REPLAY_PAGE);
            return replayed;
        } finally {
            readAhead.shutdownNow();
        }
    }

    private CompletableFuture<List<LedgerRow>> readPage(long after, ExecutorService readAhead) {
        return CompletableFuture.supplyAsync(() -> jdbc.query("""
                        SELECT sequence, event_id, type, source, occurred_at, data FROM received_event
                        WHERE sequence > ? ORDER BY sequence LIMIT ?""",
                (row, number) -> new LedgerRow(row.getLong("sequence"), decode(row)), after, REPLAY_PAGE), readAhead);
    }

    private static List<LedgerRow> joined(CompletableFuture<List<LedgerRow>> page) {
        try {
            return page.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A row of the ledger as read: its place, and its event when this version knows the type. */
    private record LedgerRow(long sequence, Optional<ReceivedEvent> event) {
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
            PublishedEvent event = readers.computeIfAbsent(eventClass.get(), objectMapper::readerFor).readValue(data);
            Timestamp occurredAt = row.getTimestamp("occurred_at");
            return Optional.of(new ReceivedEvent(id, type, row.getString("source"),
                    occurredAt == null ? null : occurredAt.toInstant(), event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ledger event " + id + " cannot be read as " + type, e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
