package org.misconduct.investigation.cases;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The Member State of the personnel concerned was asked whether it will investigate. */
@Revision("1")
public record MemberStateNotified(String caseReference, String nationality, String personnelCategory, Instant notifiedAt, Instant responseDueAt) {
}
