package org.misconduct.integrity;

/**
 * The first place where the history departs from its chain. Aggregate and sequence are those stored with the event,
 * or those chained when the event is gone; both are null when neither is left.
 */
public record BrokenLink(long globalIndex, String aggregateIdentifier, Long sequenceNumber, BreakReason reason) {
}
