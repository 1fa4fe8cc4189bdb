package org.misconduct.streaming.operations;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.misconduct.domain.NotFound;
import org.misconduct.web.outage.DatabaseUnavailable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The letters of the event processors that keep a sequenced dead-letter queue ({@code deadletterentry}): an event a
 * read model's handler failed on, with every later event of the same aggregate queued behind it.
 */
class ProcessorDeadLetters implements DeadLetterStore {

    static final String PREFIX = "processor:";

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    ProcessorDeadLetters(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    @Override
    public boolean names(String id) {
        return id.startsWith(PREFIX);
    }

    @Override
    public List<DeadLetterView> waiting() {
        if (!anyQueue()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT deadletteridentifier, processinggroup, aggregateidentifier, sequenceidentifier, payloadtype,
                       causetype, causemessage, enqueuedat
                FROM deadletterentry ORDER BY enqueuedat, sequenceindex""", (row, index) -> new DeadLetterView(
                PREFIX + row.getString("deadletteridentifier"),
                row.getString("processinggroup"),
                row.getString("aggregateidentifier") != null ? row.getString("aggregateidentifier") : row.getString("sequenceidentifier"),
                simpleName(row.getString("payloadtype")),
                cause(row.getString("causetype"), row.getString("causemessage")),
                Instant.parse(row.getString("enqueuedat")),
                1));
    }

    private boolean anyQueue() {
        return processing.eventProcessors().keySet().stream()
                .anyMatch(name -> processing.deadLetterQueue(name).isPresent());
    }

    /** Processes the letter's whole sequence in order, as the processor would have; true once none of it waits. */
    @Override
    public boolean retry(String id) {
        Letter letter = find(id);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(letter.group())
                .orElseThrow(() -> new IllegalStateException("Processor " + letter.group() + " has no dead-letter queue"));
        try {
            processor.process(head -> head instanceof JdbcDeadLetter<?> jdbcLetter
                    && jdbcLetter.getSequenceIdentifier().equals(letter.sequence()));
        } catch (RuntimeException failure) {
            // The database away: 503. A lock or statement timeout, or a statement refused again, which aborted the
            // transaction before the letter's attempt could be counted: the letter waits, as after any failed retry.
            if (DatabaseUnavailable.isCauseOf(failure)) {
                throw failure;
            }
            if (TransientFailuresRetried.isTransient(failure) || AbortedHandlings.abortsTheTransaction(failure)) {
                return false;
            }
            throw failure;
        }
        return jdbc.queryForObject("SELECT count(*) FROM deadletterentry WHERE deadletteridentifier = ?",
                Integer.class, letter.identifier()) == 0;
    }

    /** Removes the letter as the queue's own eviction does; the rest of its sequence stays queued. */
    @Override
    public void discard(String id) {
        Letter letter = find(id);
        jdbc.update("DELETE FROM deadletterentry WHERE deadletteridentifier = ?", letter.identifier());
    }

    private Letter find(String id) {
        if (!anyQueue()) {
            throw new NotFound("No dead letter waits as " + id);
        }
        String identifier = id.substring(PREFIX.length());
        return jdbc.query("SELECT processinggroup, sequenceidentifier FROM deadletterentry WHERE deadletteridentifier = ?",
                        (row, index) -> new Letter(identifier, row.getString(1), row.getString(2)), identifier)
                .stream().findFirst()
                .orElseThrow(() -> new NotFound("No dead letter waits as " + id));
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    private static String cause(String type, String message) {
        return type == null ? null : simpleName(type) + (message == null ? "" : ": " + message);
    }

    private record Letter(String identifier, String group, String sequence) {
    }
}
