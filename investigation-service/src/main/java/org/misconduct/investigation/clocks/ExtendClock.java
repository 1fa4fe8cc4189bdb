package org.misconduct.investigation.clocks;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.clocks.ClockDuration;
import org.misconduct.contracts.codes.ClockName;

/**
 * Moves a running clock's due time to {@code until}, or {@code by} an amount after its current due
 * time (exactly one of the two is set); the reason, sealed for the case file, stays in this service.
 */
public record ExtendClock(@TargetAggregateIdentifier String caseReference, ClockName clock, Instant until, ClockDuration by,
                          String reason) {
}
