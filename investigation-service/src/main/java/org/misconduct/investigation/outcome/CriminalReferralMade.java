package org.misconduct.investigation.outcome;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.CriminalAuthority;

@Revision("1")
public record CriminalReferralMade(String caseReference, CriminalAuthority authority, Instant referredAt) {
}
