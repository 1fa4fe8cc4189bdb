package org.misconduct.intake.history;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.misconduct.web.ActingUser;
import org.misconduct.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every event of an allegation in order, read from the event store itself, with the user whose
 * command caused it. Types and times only: the content may hold sealed personal data.
 */
@RestController
@RequestMapping("/api/v1/allegations/{caseReference}/history")
class AllegationHistoryController {

    private final EventStore events;

    AllegationHistoryController(EventStore events) {
        this.events = events;
    }

    @GetMapping
    List<HistoryEntry> history(@PathVariable String caseReference) {
        List<HistoryEntry> history = events.readEvents(caseReference).asStream()
                .map(AllegationHistoryController::entry)
                .toList();
        if (history.isEmpty()) {
            throw new NotFound("No allegation " + caseReference);
        }
        return history;
    }

    private static HistoryEntry entry(DomainEventMessage<?> event) {
        Object actingUser = event.getMetaData().get(ActingUser.METADATA_KEY);
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), actingUser == null ? ActingUser.SYSTEM : actingUser.toString());
    }
}
