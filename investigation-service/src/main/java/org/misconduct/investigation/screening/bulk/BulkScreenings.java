package org.misconduct.investigation.screening.bulk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.misconduct.contracts.codes.ScreeningPurpose;
import org.misconduct.investigation.screening.Screening;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bulk screenings and their outcomes by row, kept for the officer who asked until they are read or expire. They hold
 * who asked, why, and per row the check's id, outcome and records: never an identifier of the people screened.
 */
@Component
class BulkScreenings {

    /** A bulk screening as stored; {@code failed} when it stopped on an error. */
    record Stored(String jobId, String requestedBy, ScreeningPurpose purpose, int total, int done, boolean failed,
                  Instant requestedAt, Instant progressedAt, Instant completedAt) {
    }

    /** The outcome of one row's check; {@code records} as kind and year, {@code ;} between records. */
    record RowOutcome(int row, String checkId, String outcome, String records) {
    }

    private final JdbcTemplate jdbc;

    BulkScreenings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void open(String jobId, String requestedBy, ScreeningPurpose purpose, int total, Instant at) {
        jdbc.update("""
                INSERT INTO screening_bulk_job (job_id, requested_by, purpose, total, requested_at, progressed_at)
                VALUES (?, ?, ?, ?, ?, ?)""", jobId, requestedBy, purpose.name(), total, Timestamp.from(at), Timestamp.from(at));
    }

    /** The row's outcome and the screening's progress in one statement, so that {@code done} counts stored outcomes. */
    void record(String jobId, int row, Screening.Answer answer, Instant at) {
        String records = answer.records().stream().map(found -> found.kind() + " " + found.year()).collect(Collectors.joining(";"));
        jdbc.update("""
                WITH outcome AS (
                    INSERT INTO screening_bulk_outcome (job_id, row_number, check_id, outcome, records) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (job_id, row_number) DO NOTHING RETURNING job_id)
                UPDATE screening_bulk_job SET done = done + (SELECT count(*) FROM outcome), progressed_at = ?
                WHERE job_id = ?""",
                jobId, row, answer.checkId(), answer.outcome().name(), records, Timestamp.from(at), jobId);
    }

    void complete(String jobId, Instant at) {
        jdbc.update("UPDATE screening_bulk_job SET completed_at = ?, progressed_at = ? WHERE job_id = ?",
                Timestamp.from(at), Timestamp.from(at), jobId);
    }

    void fail(String jobId, Instant at) {
        jdbc.update("UPDATE screening_bulk_job SET failed = TRUE, progressed_at = ? WHERE job_id = ?", Timestamp.from(at), jobId);
    }

    /** The screening, if it exists and was asked for by this user: no one else learns of it. */
    Optional<Stored> find(String jobId, String requestedBy) {
        return jdbc.query("""
                        SELECT job_id, requested_by, purpose, total, done, failed, requested_at, progressed_at, completed_at
                        FROM screening_bulk_job WHERE job_id = ? AND requested_by = ?""",
                BulkScreenings::stored, jobId, requestedBy).stream().findFirst();
    }

    List<RowOutcome> outcomes(String jobId) {
        return jdbc.query("""
                        SELECT row_number, check_id, outcome, records FROM screening_bulk_outcome WHERE job_id = ?
                        ORDER BY row_number""",
                (row, number) -> new RowOutcome(row.getInt("row_number"), row.getString("check_id"),
                        row.getString("outcome"), row.getString("records")), jobId);
    }

    /** Removes the screenings asked for before a time, with their outcomes. */
    int forgetRequestedBefore(Instant before) {
        return jdbc.update("DELETE FROM screening_bulk_job WHERE requested_at < ?", Timestamp.from(before));
    }

    private static Stored stored(ResultSet row, int number) throws SQLException {
        Timestamp completedAt = row.getTimestamp("completed_at");
        return new Stored(row.getString("job_id"), row.getString("requested_by"), ScreeningPurpose.valueOf(row.getString("purpose")),
                row.getInt("total"), row.getInt("done"), row.getBoolean("failed"), row.getTimestamp("requested_at").toInstant(),
                row.getTimestamp("progressed_at").toInstant(), completedAt == null ? null : completedAt.toInstant());
    }
}
