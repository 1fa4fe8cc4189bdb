package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A reassessment found the allegation is not against non-UN forces after all: nobody outside is to be notified. */
@Revision("1")
public record NonUnNotificationClockWithdrawn(String caseReference, Instant withdrawnAt) {
}
