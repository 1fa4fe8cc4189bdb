package org.misconduct.investigation.clock;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The work a clock measured was done; {@code withinDeadline} is false if it came after a breach. */
@Revision("1")
public record ClockStopped(String caseReference, ClockName clock, Instant stoppedAt, boolean withinDeadline) {
}
