package org.misconduct.testinfra;

/** A Kafka broker that tests can take away and bring back on the same address, to simulate an outage. */
public interface KafkaBroker {

    String bootstrapServers();

    /** Makes the broker unreachable until {@link #start()}. */
    void stop();

    /** Brings the broker back on the same address, with the data it had; returns once it answers. */
    void start();
}
