package org.misconduct.investigation.clocks;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.ClockName;

/** The work a clock measured was done; {@code withinDeadline} is false if it came after a breach. */
@Revision("1")
public record ClockStopped(String caseReference, ClockName clock, Instant stoppedAt, boolean withinDeadline) {
}
