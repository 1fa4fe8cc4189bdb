package org.misconduct.investigation.memberstate;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The Member State appointed its National Investigation Officer. */
@Revision("1")
public record NioAppointed(String caseReference, String nationality, Instant appointedAt, boolean withinClock) {
}
