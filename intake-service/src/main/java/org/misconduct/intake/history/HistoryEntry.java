package org.misconduct.intake.history;

import java.time.Instant;

/** One event of an allegation's history: what happened, when, and who did it. Never the event's content. */
record HistoryEntry(long sequence, String type, Instant occurredAt, String actingUser) {
}
