package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The non-UN forces were not notified by the due time. Recorded once; it counts in reports even if they are notified later. */
@Revision("1")
public record NonUnNotificationClockBreached(String caseReference, Instant startedAt, Instant dueAt) {
}
