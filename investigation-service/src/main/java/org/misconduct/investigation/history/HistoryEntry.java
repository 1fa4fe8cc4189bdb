package org.misconduct.investigation.history;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.misconduct.web.ActingUser;

/** One event in a case's history; {@code actingUser} is {@code system} for what clocks and referrals caused. */
public record HistoryEntry(long sequence, String type, Instant occurredAt, String actingUser) {

    static HistoryEntry of(DomainEventMessage<?> event) {
        Object actingUser = event.getMetaData().get(ActingUser.METADATA_KEY);
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                actingUser == null ? ActingUser.SYSTEM : actingUser.toString());
    }
}
