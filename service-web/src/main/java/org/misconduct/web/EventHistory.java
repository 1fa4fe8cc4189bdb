package org.misconduct.web;

import java.time.Instant;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * An aggregate's events read straight from the event store, as its history: what happened, when,
 * and the user whose command caused it. Never the events' content, which may hold narrative or
 * sealed personal data.
 */
public final class EventHistory {

    private EventHistory() {
    }

    /**
     * @param actingUser from the command's metadata ({@link ActingUser}); {@code system} for what
     *                   clocks and other services caused
     */
    public record Entry(long sequence, String type, Instant occurredAt, String actingUser) {
    }

    /** Empty when the event store holds no aggregate of this id. */
    public static List<Entry> of(EventStore events, String aggregateId) {
        return events.readEvents(aggregateId).asStream().map(EventHistory::entry).toList();
    }

    private static Entry entry(DomainEventMessage<?> event) {
        Object actingUser = event.getMetaData().get(ActingUser.METADATA_KEY);
        return new Entry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                actingUser == null ? ActingUser.SYSTEM : actingUser.toString());
    }
}
