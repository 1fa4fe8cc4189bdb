package org.misconduct.investigation.evidence;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * An evidence item was collected and preserved under its SHA-256; its collector is its first custodian.
 * Revision 2: {@code description} is sealed for the case file ({@code CaseNarratives}); revision 1 held it as typed.
 */
@Revision("2")
public record EvidenceRecorded(String caseReference, String evidenceId, EvidenceKind kind, String description, String sha256, Instant collectedAt, String collectedBy, Instant recordedAt) {
}
