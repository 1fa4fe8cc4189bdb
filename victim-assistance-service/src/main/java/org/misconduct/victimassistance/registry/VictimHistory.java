package org.misconduct.victimassistance.registry;

import java.time.Instant;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.misconduct.web.ActingUser;
import org.springframework.stereotype.Component;

/** A victim's history from the event store: what happened, when, and by whom; never the personal data itself. */
@Component
class VictimHistory {

    private final EventStore eventStore;

    VictimHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    List<Entry> of(String victimId) {
        return eventStore.readEvents(victimId).asStream()
                .map(VictimHistory::entry)
                .toList();
    }

    private static Entry entry(DomainEventMessage<?> event) {
        Object actingUser = event.getMetaData().get(ActingUser.METADATA_KEY);
        return new Entry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                actingUser == null ? null : actingUser.toString());
    }

    record Entry(long sequence, String type, Instant occurredAt, String actingUser) {
    }
}
