package org.misconduct.streaming;

import java.util.List;

/** The CloudEvents distributed-tracing extension: W3C trace context carried inside the event itself. */
final class TraceContextAttributes {

    static final List<String> NAMES = List.of("traceparent", "tracestate");

    private TraceContextAttributes() {
    }
}
