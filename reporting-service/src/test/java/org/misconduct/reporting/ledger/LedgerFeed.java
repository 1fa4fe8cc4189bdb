package org.misconduct.reporting.ledger;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationContext;

/** Hands records to the service's listener as Kafka would, without a broker: the same ledger, inbox and projections. */
public final class LedgerFeed {

    private final PublishedEventListener listener;
    private final AtomicLong offset = new AtomicLong();

    public LedgerFeed(ApplicationContext context) {
        this.listener = context.getBean(PublishedEventListener.class);
    }

    public void deliver(String topic, String key, byte[] cloudEvent) {
        listener.on(new ConsumerRecord<>(topic, 0, offset.getAndIncrement(), key, cloudEvent));
    }
}
