package org.misconduct.reporting.ledger;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.misconduct.contracts.Topics;
import org.misconduct.streaming.PublishedEventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives the published events of every service through the inbox, which reads each record once and refuses one
 * whose type or source does not belong on its topic. The ledger is the record of what was received: appending an
 * event there and applying it to every projection happen in one transaction, and an event the ledger already holds
 * changes nothing.
 */
@Component
class PublishedEventListener {

    static final String CONSUMER = "reporting-ledger";

    private final ReceivedEventLedger ledger;
    private final PublishedEventInbox inbox;
    private final List<Projection> projections;

    PublishedEventListener(ReceivedEventLedger ledger, PublishedEventInbox inbox, List<Projection> projections) {
        this.ledger = ledger;
        this.inbox = inbox;
        this.projections = projections;
    }

    @KafkaListener(topics = {Topics.INTAKE, Topics.INVESTIGATION, Topics.VICTIM_ASSISTANCE})
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, ledger::append, event -> event.received()
                .ifPresent(received -> projections.forEach(projection -> projection.project(received))));
    }
}
