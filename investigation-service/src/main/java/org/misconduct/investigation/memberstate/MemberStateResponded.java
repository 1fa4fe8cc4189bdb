package org.misconduct.investigation.memberstate;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record MemberStateResponded(String caseReference, String nationality, boolean willInvestigate, boolean nioAppointed, Instant respondedAt, boolean withinClock) {
}
