package org.misconduct.victimassistance.publication;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.misconduct.streaming.KafkaEventPublisher;
import org.misconduct.streaming.KafkaPublication;
import org.misconduct.victimassistance.clock.FirstContactClockBreached;
import org.misconduct.victimassistance.clock.FirstContactClockStopped;
import org.misconduct.victimassistance.victim.AssistanceDelivered;
import org.misconduct.victimassistance.victim.PaternityClaimStatusRecorded;
import org.misconduct.victimassistance.victim.SharingConsentGiven;
import org.misconduct.victimassistance.victim.SharingConsentWithdrawn;
import org.misconduct.victimassistance.victim.VictimRegistered;
import org.springframework.stereotype.Component;

/**
 * Publishes victim assistance's events to {@code misconduct.victim-assistance.v1}. Driven by a
 * tracking processor over the event store, so an event stored while Kafka is down is published
 * when it returns. Erasure, needs, referrals and declines are not published: other services never
 * held the personal data, and a referral names a provider.
 */
@Component
@ProcessingGroup(KafkaPublication.PROCESSING_GROUP)
class VictimAssistanceEventPublication {

    private final KafkaEventPublisher publisher;
    private final ConsentingVictims consentingVictims;

    VictimAssistanceEventPublication(KafkaEventPublisher publisher, ConsentingVictims consentingVictims) {
        this.publisher = publisher;
        this.consentingVictims = consentingVictims;
    }

    @EventHandler
    void on(VictimRegistered event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedVictimAssistanceEvents.registered(event), eventId, occurredAt);
        if (event.consent() != null && event.consent().shareWithInvestigators()) {
            consentChanged(event.victimId(), event.caseReference(), true, event.registeredAt(), consentEventId(eventId), occurredAt);
        }
    }

    @EventHandler
    void on(SharingConsentGiven event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        consentChanged(event.victimId(), event.caseReference(), true, event.givenAt(), eventId, occurredAt);
    }

    @EventHandler
    void on(SharingConsentWithdrawn event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        consentChanged(event.victimId(), event.caseReference(), false, event.withdrawnAt(), eventId, occurredAt);
    }

    @EventHandler
    void on(AssistanceDelivered event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedVictimAssistanceEvents.delivered(event), eventId, occurredAt);
    }

    @EventHandler
    void on(PaternityClaimStatusRecorded event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedVictimAssistanceEvents.paternityClaimUpdated(event), eventId, occurredAt);
    }

    @EventHandler
    void on(FirstContactClockBreached event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedVictimAssistanceEvents.firstContactBreached(event), eventId, occurredAt);
    }

    @EventHandler
    void on(FirstContactClockStopped event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(PublishedVictimAssistanceEvents.firstContacted(event), eventId, occurredAt);
    }

    @ResetHandler
    void reset() {
        consentingVictims.clear();
    }

    private void consentChanged(String victimId, String caseReference, boolean consenting, Instant changedAt, String eventId,
                                Instant occurredAt) {
        consentingVictims.record(victimId, caseReference, consenting, count -> publisher.publish(
                PublishedVictimAssistanceEvents.sharingConsentChanged(caseReference, count, changedAt), eventId, occurredAt));
    }

    /** A registration publishes two events; the second needs an id of its own that is the same on every re-publication. */
    private static String consentEventId(String registrationEventId) {
        return registrationEventId + ":consent";
    }
}
