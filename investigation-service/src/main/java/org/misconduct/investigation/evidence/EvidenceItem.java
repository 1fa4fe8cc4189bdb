package org.misconduct.investigation.evidence;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * An evidence item's state inside the case aggregate: its hash never changes, its custodian does.
 * {@code fileHashes} are the SHA-256 of the files stored for it, by file id.
 * {@code heldSince} is when the current custodian took it: its collection, or its latest transfer.
 */
record EvidenceItem(String sha256, String custodian, Instant collectedAt, Instant heldSince, Map<String, String> fileHashes) {

    static EvidenceItem collected(String sha256, String collector, Instant collectedAt) {
        return new EvidenceItem(sha256, collector, collectedAt, collectedAt, Map.of());
    }

    EvidenceItem handedTo(String nextCustodian, Instant at) {
        return new EvidenceItem(sha256, nextCustodian, collectedAt, at, fileHashes);
    }

    EvidenceItem withFile(String fileId, String fileSha256) {
        Map<String, String> files = new HashMap<>(fileHashes);
        files.put(fileId, fileSha256);
        return new EvidenceItem(sha256, custodian, collectedAt, heldSince, Map.copyOf(files));
    }

    /**
     * Whether a hash presented at a hand-over is this item's: its recorded hash, or that of a file stored for it. An
     * item with stored files is handed over only against a hash, which must match a stored file or the item.
     */
    boolean matches(String presented) {
        if (presented == null) {
            return fileHashes.isEmpty();
        }
        return presented.equalsIgnoreCase(sha256) || fileHashes.values().stream().anyMatch(presented::equalsIgnoreCase);
    }
}
