package org.misconduct.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.web.InvalidRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives a retried submission the first answer. Runs inside the submission's transaction: the key
 * is claimed by an insert, so a concurrent retry waits on it and then reads the stored receipt.
 * What is kept to answer again (the follow-up code, the request's fingerprint) is sealed under the
 * complainant's key and deleted on a schedule once the retention has passed ({@link ExpiredReceipts}).
 */
@Component
class IdempotentSubmissions {

    private static final int MAX_KEY_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;
    private final ObjectMapper json;
    private final IntakeProperties properties;
    private final Clock clock;

    IdempotentSubmissions(JdbcTemplate jdbc, PersonalDataVault vault, ObjectMapper json, IntakeProperties properties,
                          Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    static void requireValidKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidRequest("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
    }

    /**
     * The stored key of a staff member's submission: each staff member's keys are their own, apart from every other
     * staff member's and from the public's, and fit the stored key's length whatever the user name's.
     */
    static String scopedTo(String staffMember, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((staffMember + '\n' + key).getBytes(StandardCharsets.UTF_8));
            return "staff:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** A key whose answer has expired counts as new, whether or not {@link ExpiredReceipts} has deleted it yet. */
    ComplaintReceipt once(String key, ComplaintSubmission complaint, Supplier<ComplaintIntake.Registration> register) {
        Instant now = clock.instant();
        boolean first = jdbc.update("""
                INSERT INTO complaint_idempotency (idempotency_key, expires_at) VALUES (?, ?)
                ON CONFLICT (idempotency_key) DO UPDATE SET expires_at = EXCLUDED.expires_at, subject_id = NULL,
                    case_reference = NULL, sealed_fingerprint = NULL, sealed_follow_up_code = NULL, received_at = NULL
                WHERE complaint_idempotency.expires_at <= ?""",
                key, Timestamp.from(now.plus(properties.idempotencyRetention())), Timestamp.from(now)) == 1;
        return first ? remember(key, complaint, register.get()) : replay(key, complaint);
    }

    private ComplaintReceipt remember(String key, ComplaintSubmission complaint, ComplaintIntake.Registration registration) {
        ComplaintReceipt receipt = registration.receipt();
        String subject = registration.subjectId();
        jdbc.update("""
                UPDATE complaint_idempotency SET subject_id = ?, case_reference = ?, sealed_fingerprint = ?,
                    sealed_follow_up_code = ?, received_at = ?
                WHERE idempotency_key = ?""",
                subject, receipt.caseReference(), vault.seal(subject, fingerprint(complaint)),
                vault.seal(subject, receipt.followUpCode()), Timestamp.from(receipt.receivedAt()), key);
        return receipt;
    }

    private ComplaintReceipt replay(String key, ComplaintSubmission complaint) {
        StoredAnswer stored = jdbc.query("""
                        SELECT subject_id, case_reference, sealed_fingerprint, sealed_follow_up_code, received_at
                        FROM complaint_idempotency WHERE idempotency_key = ?""",
                (row, index) -> new StoredAnswer(row.getString("subject_id"), row.getString("case_reference"),
                        row.getString("sealed_fingerprint"), row.getString("sealed_follow_up_code"),
                        row.getTimestamp("received_at") == null ? null : row.getTimestamp("received_at").toInstant()),
                key).stream().findFirst().orElseThrow(() -> new IdempotencyKeyReused("was just released; send the complaint again"));
        Optional<String> fingerprint = vault.open(stored.subjectId(), stored.sealedFingerprint());
        Optional<String> followUpCode = vault.open(stored.subjectId(), stored.sealedFollowUpCode());
        if (fingerprint.isEmpty() || followUpCode.isEmpty()) {
            throw new IdempotencyKeyReused("belongs to a complaint whose receipt can no longer be shown");
        }
        if (!fingerprint.get().equals(fingerprint(complaint))) {
            throw new IdempotencyKeyReused("was already used for a different complaint");
        }
        return new ComplaintReceipt(stored.caseReference(), followUpCode.get(), stored.receivedAt());
    }

    private String fingerprint(ComplaintSubmission complaint) {
        try {
            byte[] canonical = json.writeValueAsString(complaint).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a complaint", e);
        }
    }

    private record StoredAnswer(String subjectId, String caseReference, String sealedFingerprint, String sealedFollowUpCode,
                                Instant receivedAt) {
    }
}
