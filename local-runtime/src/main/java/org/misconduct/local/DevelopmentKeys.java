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
 * The key-encryption key for personal data on a developer's machine: made once, kept in
 * {@code .local/}, so data sealed in one run can be read in the next. A deployment takes its key
 * from a secret store instead.
 */
final class DevelopmentKeys {

    static final String FILE_NAME = "personal-data-key-encryption-key";

    private DevelopmentKeys() {
    }

    static String personalDataKeyEncryptionKey(Path localDirectory) {
        Path file = localDirectory.resolve(FILE_NAME);
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
