package org.misconduct.reporting.ledger;

import java.time.Instant;

/** A received CloudEvent as the ledger keeps it; {@code data} is the event's JSON exactly as received. */
record LedgerEntry(String eventId, String type, String source, String topic, String caseReference,
                   Instant occurredAt, String data) {
}
