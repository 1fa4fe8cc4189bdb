package org.misconduct.victimassistance.clock;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** No assistance reached the victim by the clock's due time. Recorded once; it counts even if assistance comes later. */
@Revision("1")
public record FirstContactClockBreached(String victimId, String caseReference, Instant startedAt, Instant dueAt, Instant breachedAt) {
}
