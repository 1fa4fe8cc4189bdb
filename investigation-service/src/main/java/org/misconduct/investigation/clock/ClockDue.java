package org.misconduct.investigation.clock;

import java.time.Instant;

/**
 * Payload of a clock's durable deadline. {@code dueAt} is the due time it was armed for: a deadline
 * left over from before an extension no longer matches the clock and is ignored.
 */
public record ClockDue(ClockName clock, Instant dueAt) {
}
