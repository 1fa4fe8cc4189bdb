package org.misconduct.personaldata;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Encrypts personal data under a key of its own for each person (crypto-shredding).
 *
 * <p>Events keep only the sealed text. Erasing a person destroys their key: every event that held
 * their data stays in the history but can no longer be read, and nothing else changes.
 */
public class PersonalDataVault {

    private static final String FORMAT = "pd1:";

    private final SubjectKeys keys;

    PersonalDataVault(SubjectKeys keys) {
        this.keys = keys;
    }

    /**
     * A vault over a service's database and key-encryption key, outside a Spring context: how someone
     * holding both, such as an auditor's tool or a test, opens what the service sealed.
     *
     * @param keyEncryptionKey base64 of the 32-byte key-encryption key the service was configured with
     */
    public static PersonalDataVault over(DataSource dataSource, String keyEncryptionKey) {
        return new PersonalDataVault(new SubjectKeys(new JdbcTemplate(dataSource),
                AesGcm.key(PersonalDataAutoConfiguration.keyEncryptionKey(keyEncryptionKey)), Clock.systemUTC()));
    }

    /** Seals text for a person; {@code null} stays {@code null}. Fails for a person already erased. */
    public String seal(String subjectId, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        SecretKey key = keys.keyFor(subjectId)
                .orElseThrow(() -> new SubjectErased(subjectId));
        byte[] sealed = AesGcm.encrypt(key, plaintext.getBytes(StandardCharsets.UTF_8), subjectId.getBytes(StandardCharsets.UTF_8));
        return FORMAT + Base64.getEncoder().encodeToString(sealed);
    }

    /** The plain text, or empty when the person was erased (or nothing was sealed). */
    public Optional<String> open(String subjectId, String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("Not sealed personal data");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
        return keys.existingKey(subjectId)
                .map(key -> new String(AesGcm.decrypt(key, bytes, subjectId.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    /** Whether the value is in the form {@link #seal} gives, as opposed to text stored before it was sealed. */
    public boolean isSealed(String value) {
        return value != null && value.startsWith(FORMAT);
    }

    public void erase(String subjectId) {
        keys.erase(subjectId);
    }

    public boolean isErased(String subjectId) {
        return keys.isErased(subjectId);
    }

    /** New personal data for a person whose data was erased is refused rather than sealed under a fresh key. */
    public static class SubjectErased extends RuntimeException {
        SubjectErased(String subjectId) {
            super("The personal data of subject " + subjectId + " was erased");
        }
    }
}
