package org.misconduct.personaldata;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * The person's key, made on first use; empty once the person has been erased. A key this transaction made or
     * read already is not read again: sealing a person's several fields costs one statement, not two per field.
     */
    Optional<SecretKey> keyFor(String subjectId) {
        Map<String, SecretKey> known = keysOfThisTransaction();
        SecretKey key = known.get(subjectId);
        if (key != null) {
            return Optional.of(key);
        }
        SecretKey created = AesGcm.newKey();
        boolean made = !jdbc.queryForList("""
                        INSERT INTO personal_data_key (subject_id, wrapped_key, created_at) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING RETURNING subject_id""", String.class,
                subjectId, AesGcm.encrypt(keyEncryptionKey, created.getEncoded(), context(subjectId)), now()).isEmpty();
        Optional<SecretKey> found = made ? Optional.of(created) : existingKey(subjectId);
        found.ifPresent(existing -> known.put(subjectId, existing));
        return found;
    }

    /** Keys remembered until the current transaction ends (nothing is remembered outside one). */
    private static Map<String, SecretKey> keysOfThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        @SuppressWarnings("unchecked")
        Map<String, SecretKey> known = (Map<String, SecretKey>) TransactionSynchronizationManager.getResource(SubjectKeys.class);
        if (known == null) {
            Map<String, SecretKey> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(SubjectKeys.class, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SubjectKeys.class);
                }
            });
            return fresh;
        }
        return known;
    }

    /** The person's key if one exists and was not erased; never makes one. */
    Optional<SecretKey> existingKey(String subjectId) {
        byte[] wrapped = jdbc.query("SELECT wrapped_key FROM personal_data_key WHERE subject_id = ?",
                rows -> rows.next() ? rows.getBytes(1) : null, subjectId);
        return Optional.ofNullable(wrapped)
                .map(bytes -> AesGcm.key(AesGcm.decrypt(keyEncryptionKey, bytes, context(subjectId))));
    }

    void erase(String subjectId) {
        keysOfThisTransaction().remove(subjectId);
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
