package org.misconduct.investigation.queue;

import java.time.Instant;
import java.util.List;

/** A case as investigators see it in their queue, with every clock it runs against; {@code finding} once it has one. */
public record CaseQueueItem(
        String caseReference,
        String mission,
        String allegationType,
        String personnelCategory,
        String nationality,
        String priority,
        String investigatingEntity,
        String assignee,
        String status,
        String finding,
        Instant receivedAt,
        Instant openedAt,
        List<ClockView> clocks) {

    public record ClockView(String name, Instant startedAt, Instant dueAt, Instant stoppedAt, boolean breached) {
    }
}
