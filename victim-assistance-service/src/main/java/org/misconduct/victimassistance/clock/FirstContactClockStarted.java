package org.misconduct.victimassistance.clock;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The first-contact clock of a victim started; {@code deadlineId} is its durable deadline, cancelled when the clock stops. */
@Revision("1")
public record FirstContactClockStarted(String victimId, String caseReference, Instant startedAt, Instant dueAt, String deadlineId) {
}
