package org.misconduct.personaldata;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import javax.crypto.SecretKey;

import org.springframework.jdbc.core.JdbcTemplate;

/** The data key of each person, stored wrapped by the key-encryption key. */
class SubjectKeys {

    private static final byte[] WRAPPING_CONTEXT = "personal-data-key".getBytes(StandardCharsets.UTF_8);

    private final JdbcTemplate jdbc;
    private final SecretKey keyEncryptionKey;
    private final Clock clock;

    SubjectKeys(JdbcTemplate jdbc, SecretKey keyEncryptionKey, Clock clock) {
        this.jdbc = jdbc;
        this.keyEncryptionKey = keyEncryptionKey;
        this.clock = clock;
    }

    /** The person's key, made on first use; empty once the person has been erased. */
    Optional<SecretKey> keyFor(String subjectId) {
        jdbc.update("INSERT INTO personal_data_key (subject_id, wrapped_key, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                subjectId, AesGcm.encrypt(keyEncryptionKey, AesGcm.newKey().getEncoded(), context(subjectId)), now());
        return existingKey(subjectId);
    }

    /** The person's key if one exists and was not erased; never makes one. */
    Optional<SecretKey> existingKey(String subjectId) {
        byte[] wrapped = jdbc.query("SELECT wrapped_key FROM personal_data_key WHERE subject_id = ?",
                rows -> rows.next() ? rows.getBytes(1) : null, subjectId);
        return Optional.ofNullable(wrapped)
                .map(bytes -> AesGcm.key(AesGcm.decrypt(keyEncryptionKey, bytes, context(subjectId))));
    }

    void erase(String subjectId) {
        int erased = jdbc.update("UPDATE personal_data_key SET wrapped_key = NULL, erased_at = ? WHERE subject_id = ? AND erased_at IS NULL",
                now(), subjectId);
        if (erased == 0) {
            jdbc.update("INSERT INTO personal_data_key (subject_id, wrapped_key, created_at, erased_at) VALUES (?, NULL, ?, ?) ON CONFLICT DO NOTHING",
                    subjectId, now(), now());
        }
    }

    boolean isErased(String subjectId) {
        return Boolean.TRUE.equals(jdbc.query("SELECT erased_at IS NOT NULL FROM personal_data_key WHERE subject_id = ?",
                rows -> rows.next() && rows.getBoolean(1), subjectId));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static byte[] context(String subjectId) {
        byte[] subject = subjectId.getBytes(StandardCharsets.UTF_8);
        byte[] context = new byte[WRAPPING_CONTEXT.length + subject.length];
        System.arraycopy(WRAPPING_CONTEXT, 0, context, 0, WRAPPING_CONTEXT.length);
        System.arraycopy(subject, 0, context, WRAPPING_CONTEXT.length, subject.length);
        return context;
    }
}
