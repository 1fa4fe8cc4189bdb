package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** An allegation was registered or assessed as against non-UN forces: they are to be notified by {@code dueAt}. */
@Revision("1")
public record NonUnNotificationClockStarted(String caseReference, Instant startedAt, Instant dueAt, String deadlineId) {
}
