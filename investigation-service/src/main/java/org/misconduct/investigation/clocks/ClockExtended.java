package org.misconduct.investigation.clocks;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.ClockName;

/**
 * A running clock's due time moved later for a recorded reason. The reason is narrative and stays in
 * this service. A breach already recorded stays recorded; {@code deadlineId} is the re-armed deadline,
 * empty when the clock had already breached. Revision 2: {@code reason} is sealed for the case file;
 * revision 1 held it as typed.
 */
@Revision("2")
public record ClockExtended(String caseReference, ClockName clock, Instant previousDueAt, Instant dueAt, String reason,
                            Instant extendedAt, String deadlineId) {
}
