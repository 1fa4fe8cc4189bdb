package org.misconduct.files;

import java.time.Instant;

/**
 * A file as kept: never its name, only what the server established while receiving it.
 *
 * @param container      what the file belongs to: a case reference
 * @param sha256         the SHA-256 of the bytes kept, what a download gives back
 * @param receivedSha256 the SHA-256 of the bytes as received, before image metadata was removed (the same when
 *                       nothing was removed)
 */
public record StoredFile(String fileId, String container, String contentType, long size, String sha256,
                         String receivedSha256, Instant storedAt) {

    public boolean metadataRemoved() {
        return !sha256.equals(receivedSha256);
    }
}
