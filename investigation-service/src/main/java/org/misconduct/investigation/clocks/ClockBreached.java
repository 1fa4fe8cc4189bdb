package org.misconduct.investigation.clocks;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.ClockName;

/** A clock reached its due time unstopped. Recorded once; it counts in reports even if the work is done later. */
@Revision("1")
public record ClockBreached(String caseReference, ClockName clock, Instant startedAt, Instant dueAt) {
}
