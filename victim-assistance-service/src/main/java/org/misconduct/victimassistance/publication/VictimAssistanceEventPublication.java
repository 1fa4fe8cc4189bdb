package org.misconduct.victimassistance.publication;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.misconduct.streaming.KafkaEventPublisher;
import org.misconduct.streaming.KafkaPublication;
import org.misconduct.victimassistance.victim.VictimRegistered;
import org.springframework.stereotype.Component;

/**
 * Publishes victim assistance's events to {@code misconduct.victim-assistance.v1}. Driven by a
 * tracking processor over the event store, so an event stored while Kafka is down is published
 * when it returns. Erasure is not published: other services never held the personal data.
 */
@Component
@ProcessingGroup(KafkaPublication.PROCESSING_GROUP)
class VictimAssistanceEventPublication {

    private final KafkaEventPublisher publisher;

    VictimAssistanceEventPublication(KafkaEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(VictimRegistered event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedVictimAssistanceEvents.registered(event), eventId, occurredAt);
    }
}
