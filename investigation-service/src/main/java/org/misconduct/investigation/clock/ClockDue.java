package org.misconduct.investigation.clock;

/** Payload of a clock's durable deadline. */
public record ClockDue(ClockName clock) {
}
