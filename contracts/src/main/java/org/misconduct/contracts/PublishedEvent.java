package org.misconduct.contracts;

/**
 * An event one service publishes for the others. Published events are a versioned contract,
 * separate from each service's internal events: they carry codes, counts and dates only,
 * never names, narratives, contact data or locations below mission.
 */
public interface PublishedEvent {

    /** The case the event is about; null for events about a contingent as a whole. */
    default String caseReference() {
        return null;
    }

    /** The Kafka record key and CloudEvent subject, so that the events of one case stay in order. */
    default String key() {
        return caseReference();
    }

    /** The CloudEvent {@code type}: the event's name. */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
