package org.misconduct.intake.history;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.misconduct.domain.NotFound;
import org.misconduct.web.EventHistory;
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
    List<EventHistory.Entry> history(@PathVariable String caseReference) {
        List<EventHistory.Entry> history = EventHistory.of(events, caseReference);
        if (history.isEmpty()) {
            throw new NotFound("No allegation " + caseReference);
        }
        return history;
    }
}
