package org.misconduct.intake.publication;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.misconduct.intake.allegation.AllegationAssessed;
import org.misconduct.intake.allegation.AllegationClosed;
import org.misconduct.intake.allegation.AllegationReferred;
import org.misconduct.intake.allegation.AllegationRegistered;
import org.misconduct.intake.allegation.NonUnForcesNotified;
import org.misconduct.intake.allegation.NonUnNotificationClockBreached;
import org.misconduct.streaming.KafkaEventPublisher;
import org.misconduct.streaming.KafkaPublication;
import org.springframework.stereotype.Component;

/**
 * Publishes intake's events to {@code misconduct.intake.v1}. Driven by a tracking processor over
 * the event store, so an event stored while Kafka is down is published when it returns.
 */
@Component
@ProcessingGroup(KafkaPublication.PROCESSING_GROUP)
class IntakeEventPublication {

    private final KafkaEventPublisher publisher;

    IntakeEventPublication(KafkaEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(AllegationRegistered event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedIntakeEvents.registered(event), eventId, occurredAt);
    }

    @EventHandler
    void on(AllegationAssessed event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedIntakeEvents.assessed(event), eventId, occurredAt);
    }

    @EventHandler
    void on(AllegationReferred event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedIntakeEvents.referred(event), eventId, occurredAt);
    }

    @EventHandler
    void on(AllegationClosed event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedIntakeEvents.closed(event), eventId, occurredAt);
    }

    @EventHandler
    void on(NonUnForcesNotified event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedIntakeEvents.nonUnForcesNotified(event), eventId, occurredAt);
    }

    /** The clock breaches at its due time, even if an instance down at that moment records the breach later. */
    @EventHandler
    void on(NonUnNotificationClockBreached event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedIntakeEvents.nonUnNotificationBreached(event), eventId, occurredAt);
    }
}
