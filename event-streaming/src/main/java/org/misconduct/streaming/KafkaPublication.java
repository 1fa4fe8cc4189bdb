package org.misconduct.streaming;

/**
 * The processing group of each service's Kafka publication handlers. It runs as a tracking
 * processor over the service's event store, which is the outbox: what is stored is published.
 */
public final class KafkaPublication {

    public static final String PROCESSING_GROUP = "kafka-publication";

    private KafkaPublication() {
    }
}
