package org.misconduct.investigation.evidence;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The evidence item passed from one custodian to the next; {@code sha256} is the item's unchanged hash.
 * Revision 2: {@code purpose} is sealed for the case file ({@code CaseNarratives}); revision 1 held it as typed.
 */
@Revision("2")
public record CustodyTransferred(String caseReference, String evidenceId, String from, String to, Instant at, String purpose, String sha256) {
}
