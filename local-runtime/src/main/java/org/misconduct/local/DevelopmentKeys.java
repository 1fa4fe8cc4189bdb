package org.misconduct.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of a developer's machine (the key-encryption key for personal data, the follow-up code key, the
 * disclosure order key, the screening blind-index key): each
 * made once and kept in {@code .local/}, so what one run sealed or hashed is read in the next. A deployment takes
 * its keys from a secret store instead.
 */
final class DevelopmentKeys {

    static final String FILE_NAME = "personal-data-key-encryption-key";
    static final String FOLLOW_UP_FILE_NAME = "follow-up-code-key";
    static final String DISCLOSURE_ORDER_FILE_NAME = "disclosure-order-key";
    static final String SCREENING_BLIND_INDEX_FILE_NAME = "screening-blind-index-key";

    private DevelopmentKeys() {
    }

    static String personalDataKeyEncryptionKey(Path localDirectory) {
        return keptKey(localDirectory.resolve(FILE_NAME));
    }

    /** The server key of intake's follow-up code hashes: kept too, so codes issued in one run work in the next. */
    static String followUpCodeKey(Path localDirectory) {
        return keptKey(localDirectory.resolve(FOLLOW_UP_FILE_NAME));
    }

    /** The key that orders reporting's public rows: kept too, so the public order stays the same from run to run. */
    static String disclosureOrderKey(Path localDirectory) {
        return keptKey(localDirectory.resolve(DISCLOSURE_ORDER_FILE_NAME));
    }

    /** The key of investigation's screening blind indexes: kept too, so subjects named in one run are found in the next. */
    static String screeningBlindIndexKey(Path localDirectory) {
        return keptKey(localDirectory.resolve(SCREENING_BLIND_INDEX_FILE_NAME));
    }

    private static String keptKey(Path file) {
        Path localDirectory = file.getParent();
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(localDirectory);
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the development key in " + file, e);
        }
    }
}
