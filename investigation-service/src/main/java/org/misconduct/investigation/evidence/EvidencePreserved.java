package org.misconduct.investigation.evidence;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** {@code withinClock} is empty when the case runs no evidence-preservation clock (not SE/SA). */
@Revision("1")
public record EvidencePreserved(String caseReference, Instant preservedAt, Boolean withinClock) {
}
