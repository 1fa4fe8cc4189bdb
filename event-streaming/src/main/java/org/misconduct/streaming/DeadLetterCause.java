package org.misconduct.streaming;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The header a dead letter carries beside Spring Kafka's {@code kafka_dlt-*} ones, naming the failure itself rather
 * than the listener's wrapper around it: {@code ForgedEvent: CloudEvent ... does not belong on ...}.
 */
final class DeadLetterCause {

    static final String HEADER = "misconduct_dead_letter_cause";

    private DeadLetterCause() {
    }

    static Headers of(Throwable failure, List<Class<? extends Exception>> poison) {
        Throwable cause = failure;
        Throwable innermost = failure;
        while (cause != null) {
            Throwable current = cause;
            if (poison.stream().anyMatch(type -> type.isInstance(current))) {
                innermost = current;
                break;
            }
            innermost = current;
            cause = current.getCause();
        }
        String text = innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
        RecordHeaders headers = new RecordHeaders();
        headers.add(HEADER, text.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
