package org.misconduct.victimassistance.knowncase;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.streaming.PublishedEventHandlers;
import org.misconduct.streaming.PublishedEventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns every case intake announces. Either the registration or the referral is enough, so a case
 * is still learnt when its registration has already left the topic's retention.
 */
@Component
class KnownCaseListener {

    private static final String CONSUMER = "known-case";

    private final PublishedEventInbox inbox;
    private final PublishedEventHandlers handlers;

    KnownCaseListener(PublishedEventInbox inbox, KnownCases knownCases) {
        this.inbox = inbox;
        this.handlers = PublishedEventHandlers.handlers()
                .on(AllegationRegistered.class, registered ->
                        knownCases.record(registered.caseReference(), registered.mission(), registered.receivedAt()))
                .on(AllegationReferred.class, referred ->
                        knownCases.record(referred.caseReference(), referred.mission(), referred.receivedAt()));
    }

    @KafkaListener(topics = Topics.INTAKE)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, handlers);
    }
}
