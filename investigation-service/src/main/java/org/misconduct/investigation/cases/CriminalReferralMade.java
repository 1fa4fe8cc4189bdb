package org.misconduct.investigation.cases;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CriminalReferralMade(String caseReference, CriminalAuthority authority, Instant referredAt) {
}
