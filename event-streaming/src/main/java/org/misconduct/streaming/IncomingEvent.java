package org.misconduct.streaming;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.misconduct.contracts.PublishedEvent;

/**
 * A CloudEvent as read from the wire, once: its attributes, its data as JSON, and the typed published event when this
 * build knows the type ({@code null} otherwise).
 *
 * @param traceContext the distributed-tracing extension's {@code traceparent} and {@code tracestate}, when present
 */
public record IncomingEvent(String id, String type, String source, Instant time, String subject, JsonNode data,
                            Map<String, String> traceContext, PublishedEvent event) {

    /** The event as handlers see it; empty for a type this build does not know. */
    public Optional<ReceivedEvent> received() {
        return event == null ? Optional.empty() : Optional.of(new ReceivedEvent(id, type, source, time, event));
    }

    public boolean known() {
        return event != null;
    }
}
