package org.misconduct.victimassistance.clock;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The first assistance reached the victim; {@code withinDeadline} is false if it came after a breach. */
@Revision("1")
public record FirstContactClockStopped(String victimId, String caseReference, Instant stoppedAt, boolean withinDeadline) {
}
