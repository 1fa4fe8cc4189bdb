package org.misconduct.investigation.contingentflags;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the contingent flags, newest first. */
@Component
class ContingentFlags {

    record Flag(String contingentId, String mission, String nationality, String unit, String reason,
                List<String> caseReferences, Instant flaggedAt, Instant repatriatedAt) {
    }

    private final JdbcTemplate jdbc;

    ContingentFlags(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Flag> all() {
        return jdbc.query("SELECT * FROM contingent_flag_view ORDER BY flagged_at DESC, contingent_id, reason",
                (row, index) -> new Flag(row.getString("contingent_id"), row.getString("mission"), row.getString("nationality"),
                        row.getString("unit"), row.getString("reason"), Arrays.asList(row.getString("case_references").split(",")),
                        row.getTimestamp("flagged_at").toInstant(),
                        row.getTimestamp("repatriated_at") == null ? null : row.getTimestamp("repatriated_at").toInstant()));
    }
}
