package org.misconduct.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;

/**
 * Streaming AES-256-GCM (Tink's AES-GCM-HKDF streaming AEAD): a file is sealed segment by segment as it arrives, each
 * segment authenticated, the last one marked so a truncated file does not open. Each file has a key of its own, bound
 * to the file's id.
 */
final class FileSealing {

    private static final int KEY_BYTES = 32;
    private static final int SEGMENT_BYTES = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FileSealing() {
    }

    static byte[] newFileKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static OutputStream sealing(byte[] fileKey, String fileId, OutputStream sealed) throws IOException {
        try {
            return aead(fileKey).newEncryptingStream(sealed, fileId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM streaming is not available", e);
        }
    }

    static InputStream opening(byte[] fileKey, String fileId, InputStream sealed) throws IOException {
        try {
            return aead(fileKey).newDecryptingStream(sealed, fileId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM streaming is not available", e);
        }
    }

    private static StreamingAead aead(byte[] fileKey) throws GeneralSecurityException {
        return new AesGcmHkdfStreaming(fileKey, "HmacSha256", KEY_BYTES, SEGMENT_BYTES, 0);
    }
}
