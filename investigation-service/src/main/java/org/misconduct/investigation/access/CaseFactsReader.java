package org.misconduct.investigation.access;

import java.util.Optional;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.memberstate.InvestigatingEntityChanged;
import org.springframework.stereotype.Component;

/**
 * The facts of a case as its own events tell them, read from the event store: consistent from the moment the case
 * exists and after every change of investigating entity, whatever the read models have caught up with.
 */
@Component
class CaseFactsReader {

    private final EventStore events;

    CaseFactsReader(EventStore events) {
        this.events = events;
    }

    Optional<CaseFacts> find(String caseReference) {
        CaseFacts facts = null;
        for (Object payload : events.readEvents(caseReference).asStream().map(Message::getPayload).toList()) {
            if (payload instanceof CaseOpened opened) {
                facts = new CaseFacts(caseReference, opened.allegation().nationality(), opened.allegation().investigatingEntity());
            } else if (payload instanceof InvestigatingEntityChanged changed && facts != null) {
                facts = new CaseFacts(caseReference, facts.nationality(), changed.investigatingEntity());
            }
        }
        return Optional.ofNullable(facts);
    }
}
