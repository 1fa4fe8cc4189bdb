package org.misconduct.investigation.publication;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.investigation.cases.Allegation;
import org.misconduct.investigation.cases.CaseOpened;
import org.misconduct.streaming.KafkaEventPublisher;
import org.misconduct.streaming.KafkaPublication;
import org.springframework.stereotype.Component;

/** Publishes the investigation's events to {@code misconduct.investigation.v1} from the event store. */
@Component
@ProcessingGroup(KafkaPublication.PROCESSING_GROUP)
class InvestigationEventPublication {

    private final KafkaEventPublisher publisher;

    InvestigationEventPublication(KafkaEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(CaseOpened event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        Allegation allegation = event.allegation();
        publisher.publish(new InvestigationOpened(event.caseReference(), allegation.mission(),
                allegation.allegationType().name(), allegation.personnelCategory(), allegation.nationality(),
                allegation.priority().name(), allegation.investigatingEntity(), event.openedAt()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.cases.EvidencePreserved event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new EvidencePreserved(event.caseReference(), event.preservedAt(),
                Boolean.TRUE.equals(event.withinClock())), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.clock.ClockBreached event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new ClockBreached(event.caseReference(), event.clock().wireName(), event.startedAt(),
                event.dueAt(), event.dueAt()), eventId, occurredAt);
    }
}
