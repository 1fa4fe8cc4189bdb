package org.misconduct.investigation.screening;

import java.time.Instant;
import java.util.List;

import org.misconduct.contracts.codes.ScreeningOutcome;
import org.misconduct.contracts.codes.ScreeningPurpose;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Screening checks as the auditors read them, newest first. */
@Component
class ScreeningCheckLog {

    record Entry(String checkId, String checkedBy, Instant checkedAt, ScreeningPurpose purpose, ScreeningOutcome outcome,
                 int recordsFound) {
    }

    private final JdbcTemplate jdbc;

    ScreeningCheckLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> page(int page, int size) {
        return jdbc.query("""
                        SELECT check_id, checked_by, checked_at, purpose, outcome, records_found FROM screening_check_log
                        ORDER BY checked_at DESC, check_id LIMIT ? OFFSET ?""",
                (row, number) -> new Entry(row.getString("check_id"), row.getString("checked_by"),
                        row.getTimestamp("checked_at").toInstant(), ScreeningPurpose.valueOf(row.getString("purpose")),
                        ScreeningOutcome.valueOf(row.getString("outcome")), row.getInt("records_found")),
                size, (long) page * size);
    }
}
