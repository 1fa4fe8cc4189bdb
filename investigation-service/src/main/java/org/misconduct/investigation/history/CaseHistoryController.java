package org.misconduct.investigation.history;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.misconduct.domain.NotFound;
import org.misconduct.web.EventHistory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every event of a case in the order it happened, read straight from the event store: its type, time
 * and the user whose command caused it. Payloads are not shown, so narrative stays out of the history.
 */
@RestController
class CaseHistoryController {

    private final EventStore events;

    CaseHistoryController(EventStore events) {
        this.events = events;
    }

    @GetMapping("/api/v1/cases/{caseReference}/history")
    List<EventHistory.Entry> history(@PathVariable String caseReference) {
        List<EventHistory.Entry> entries = EventHistory.of(events, caseReference);
        if (entries.isEmpty()) {
            throw new NotFound("No case " + caseReference);
        }
        return entries;
    }
}
