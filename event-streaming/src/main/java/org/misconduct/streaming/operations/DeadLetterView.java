package org.misconduct.streaming.operations;

import java.time.Instant;

/**
 * One dead letter as operators see it: where it came from and why it failed, never its content.
 *
 * @param source   the consumed topic (Kafka letters) or the event processor (letters of a read model)
 * @param key      the record key or the aggregate identifier
 * @param type     the event type, when it could be read
 * @param attempts the first failure plus every retry that failed since
 */
public record DeadLetterView(String id, String source, String key, String type, String cause, Instant firstFailedAt,
                             int attempts) {
}
