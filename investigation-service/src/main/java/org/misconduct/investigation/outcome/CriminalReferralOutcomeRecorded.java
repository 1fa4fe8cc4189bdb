package org.misconduct.investigation.outcome;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.CriminalAuthority;
import org.misconduct.contracts.codes.CriminalReferralStatus;

/** What the authority a case was referred to did with it, as of {@code at}; {@code detail} is sealed for the case file. */
@Revision("1")
public record CriminalReferralOutcomeRecorded(String caseReference, CriminalAuthority authority, CriminalReferralStatus status,
                                              Instant at, String detail, Instant recordedAt) {
}
