package org.misconduct.investigation.evidence;

import java.time.Instant;

/**
 * An evidence item's state inside the case aggregate: its hash never changes, its custodian does.
 * {@code heldSince} is when the current custodian took it: its collection, or its latest transfer.
 */
record EvidenceItem(String sha256, String custodian, Instant collectedAt, Instant heldSince) {

    static EvidenceItem collected(String sha256, String collector, Instant collectedAt) {
        return new EvidenceItem(sha256, collector, collectedAt, collectedAt);
    }

    EvidenceItem handedTo(String nextCustodian, Instant at) {
        return new EvidenceItem(sha256, nextCustodian, collectedAt, at);
    }
}
