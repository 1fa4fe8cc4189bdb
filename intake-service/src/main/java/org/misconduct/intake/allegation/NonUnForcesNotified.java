package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NonUnForcesNotified(String caseReference, String mission, String authority, Instant notifiedAt) {
}
