package org.misconduct.investigation.caseopening;

import java.util.Optional;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;

/** What a case was opened for, read from its first event in the event store (consistent from the moment it exists). */
@Component
public class OpenedCases {

    private final EventStore events;

    OpenedCases(EventStore events) {
        this.events = events;
    }

    public Optional<CaseOpened> find(String caseReference) {
        return events.readEvents(caseReference).asStream()
                .map(Message::getPayload)
                .filter(CaseOpened.class::isInstance)
                .map(CaseOpened.class::cast)
                .findFirst();
    }
}
