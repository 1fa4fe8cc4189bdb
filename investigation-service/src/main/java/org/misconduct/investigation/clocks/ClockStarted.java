package org.misconduct.investigation.clocks;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.ClockName;

/** A case clock started; {@code deadlineId} is its durable deadline, cancelled when the clock stops. */
@Revision("1")
public record ClockStarted(String caseReference, ClockName clock, Instant startedAt, Instant dueAt, String deadlineId) {
}
