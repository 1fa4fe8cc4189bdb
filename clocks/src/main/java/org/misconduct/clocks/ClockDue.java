package org.misconduct.clocks;

import java.time.Instant;

import org.misconduct.contracts.codes.ClockName;

/**
 * Payload of a clock's durable deadline. {@code dueAt} is the due time it was armed for: a deadline left over
 * from before an extension no longer matches the clock and is ignored. Deadlines armed before the payload
 * carried these fields hold neither; they stand for the clock's current due time.
 */
public record ClockDue(ClockName clock, Instant dueAt) {
}
