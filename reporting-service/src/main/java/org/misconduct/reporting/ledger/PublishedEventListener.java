package org.misconduct.reporting.ledger;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.misconduct.contracts.Topics;
import org.misconduct.streaming.PublishedEventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives the published events of every service. Each is appended to the ledger and applied to
 * every projection in one transaction; the inbox makes a redelivered event change nothing.
 */
@Component
class PublishedEventListener {

    static final String CONSUMER = "reporting-ledger";

    private final ReceivedEventLedger ledger;
    private final PublishedEventInbox inbox;
    private final List<Projection> projections;
    private final TransactionTemplate transaction;

    PublishedEventListener(ReceivedEventLedger ledger, PublishedEventInbox inbox, List<Projection> projections,
                           TransactionTemplate transaction) {
        this.ledger = ledger;
        this.inbox = inbox;
        this.projections = projections;
        this.transaction = transaction;
    }

    @KafkaListener(topics = {Topics.INTAKE, Topics.INVESTIGATION, Topics.VICTIM_ASSISTANCE})
    void on(ConsumerRecord<String, byte[]> record) {
        LedgerEntry entry = ledger.entryOf(record);
        // The inbox joins this transaction, so ledger, inbox mark and projections commit or fail together.
        transaction.executeWithoutResult(status -> {
            ledger.append(entry);
            inbox.receive(record, CONSUMER, event -> projections.forEach(projection -> projection.project(event)));
        });
    }
}
