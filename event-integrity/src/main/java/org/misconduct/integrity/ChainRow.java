package org.misconduct.integrity;

import java.nio.ByteBuffer;
import java.security.MessageDigest;

/** A row of {@code event_chain}: where an event stood when it was chained, its digest and its link. */
record ChainRow(long globalIndex, Long previousIndex, String aggregateIdentifier, long sequenceNumber,
                byte[] digest, byte[] link) {

    /** The link this row must hold after the given one: SHA-256(previous link || global index || digest). */
    ChainLink expectedLink(ChainLink previous) {
        MessageDigest sha256 = StoredEvent.sha256();
        sha256.update(previous.bytes());
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(globalIndex).array());
        sha256.update(digest);
        return new ChainLink(sha256.digest());
    }
}
