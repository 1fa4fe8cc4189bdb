package org.misconduct.contracts.integrity;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/**
 * The head of a service's event chain, published on {@link org.misconduct.contracts.Topics#INTEGRITY} so that a
 * rewritten store or the loss of its newest events can be found. The CloudEvent {@code source} names the service.
 *
 * @param chain       the identity of the event store the chain belongs to (drawn when the chain was created)
 * @param globalIndex the global index of the newest chained event
 * @param link        its link, SHA-256 in hex
 * @param count       how many events the chain held then
 * @param time        when the head was read
 */
public record ChainCheckpoint(String chain, long globalIndex, String link, long count, Instant time) implements PublishedEvent {

    @Override
    public String key() {
        return chain;
    }
}
