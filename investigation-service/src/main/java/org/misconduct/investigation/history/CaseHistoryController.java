package org.misconduct.investigation.history;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.misconduct.investigation.cases.MemberStateScope;
import org.misconduct.web.EventHistory;
import org.misconduct.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
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
    private final MemberStateScope scope;

    CaseHistoryController(EventStore events, MemberStateScope scope) {
        this.events = events;
        this.scope = scope;
    }

    @GetMapping("/api/v1/cases/{caseReference}/history")
    List<EventHistory.Entry> history(@PathVariable String caseReference, @AuthenticationPrincipal Jwt token) {
        scope.requireVisible(caseReference, token);
        List<EventHistory.Entry> entries = EventHistory.of(events, caseReference);
        if (entries.isEmpty()) {
            throw new NotFound("No case " + caseReference);
        }
        return entries;
    }
}
