package org.misconduct.investigation.outcome;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.misconduct.investigation.narrative.CaseNarratives;
import org.springframework.stereotype.Component;

/**
 * Reads a case's outcomes from its events in the event store, as the evidence view does: a case holds few
 * events, and the decisions are shown exactly as recorded, without a copy of their narrative in another table.
 * Their narrative is opened from its sealed form; callers show it only to investigators who may see the case.
 */
@Component
public class CaseOutcomesReader {

    private final EventStore events;
    private final CaseNarratives narratives;

    CaseOutcomesReader(EventStore events, CaseNarratives narratives) {
        this.events = events;
        this.narratives = narratives;
    }

    public CaseOutcomes read(String caseReference) {
        return CaseOutcomes.of(events.readEvents(caseReference).asStream().map(Message::getPayload).toList(),
                stored -> narratives.open(caseReference, stored));
    }
}
