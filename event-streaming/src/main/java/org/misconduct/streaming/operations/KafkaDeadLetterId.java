package org.misconduct.streaming.operations;

import org.apache.kafka.common.TopicPartition;
import org.misconduct.domain.NotFound;

/** {@code kafka:<dead-letter topic>:<partition>:<offset>}: where a letter lies in its dead-letter topic. */
record KafkaDeadLetterId(TopicPartition partition, long offset) {

    static final String PREFIX = "kafka:";

    static KafkaDeadLetterId parse(String id) {
        String[] parts = id.substring(PREFIX.length()).split(":");
        try {
            if (parts.length == 3) {
                return new KafkaDeadLetterId(new TopicPartition(parts[0], Integer.parseInt(parts[1])), Long.parseLong(parts[2]));
            }
        } catch (NumberFormatException e) {
            // not an id this service hands out
        }
        throw new NotFound("No dead letter waits as " + id);
    }

    @Override
    public String toString() {
        return PREFIX + partition.topic() + ":" + partition.partition() + ":" + offset;
    }
}
