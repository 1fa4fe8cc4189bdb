package org.misconduct.contracts;

/**
 * An event one service publishes for the others. Published events are a versioned contract,
 * separate from each service's internal events: they carry codes, counts and dates only,
 * never names, narratives, contact data or locations below mission.
 */
public interface PublishedEvent {

    /** The Kafka record key, so that the events of one case stay in order. */
    String caseReference();

    /** The CloudEvent {@code type}: the event's name. */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
