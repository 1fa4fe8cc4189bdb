package org.misconduct.investigation.memberstate;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.PersonnelCategory;

/** The Member State of the personnel concerned was asked whether it will investigate. */
@Revision("1")
public record MemberStateNotified(String caseReference, String nationality, PersonnelCategory personnelCategory, Instant notifiedAt, Instant responseDueAt) {
}
