package org.misconduct.investigation.outcome;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads a case's outcomes from its events in the event store, as the evidence view does: a case holds few
 * events, and the decisions are shown exactly as recorded, without a copy of their narrative in another table.
 */
@Component
public class CaseOutcomesReader {

    private final EventStore events;

    CaseOutcomesReader(EventStore events) {
        this.events = events;
    }

    public CaseOutcomes read(String caseReference) {
        return CaseOutcomes.of(events.readEvents(caseReference).asStream().map(Message::getPayload).toList());
    }
}
