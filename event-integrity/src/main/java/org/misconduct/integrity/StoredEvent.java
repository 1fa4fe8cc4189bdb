package org.misconduct.integrity;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An event's row in the store, as the chain covers it. Its digest is computed exactly as the database's
 * {@code event_chain_digest}: each column length-prefixed (4 bytes, -1 for null), the sequence number as 8 bytes.
 */
record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                   String type, String payloadType, String payloadRevision, String timestamp,
                   byte[] payload, byte[] metadata) {

    byte[] digest() {
        return digestAt(aggregateIdentifier, sequenceNumber);
    }

    /** The digest this event would have had at another place in an aggregate's sequence. */
    byte[] digestAt(String aggregate, long sequence) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + length(payload) + length(metadata));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            field(out, text(eventIdentifier));
            field(out, text(aggregate));
            out.writeLong(sequence);
            field(out, text(type));
            field(out, text(payloadType));
            field(out, text(payloadRevision));
            field(out, text(timestamp));
            field(out, payload);
            field(out, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256().digest(bytes.toByteArray());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }
}
