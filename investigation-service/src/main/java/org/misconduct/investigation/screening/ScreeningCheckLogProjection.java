package org.misconduct.investigation.screening;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.misconduct.investigation.screening.check.ScreeningChecked;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The auditors' list of screening checks: who checked, when, why and with what outcome. */
@Component
@ProcessingGroup(ScreeningCheckLogProjection.PROCESSING_GROUP)
class ScreeningCheckLogProjection {

    static final String PROCESSING_GROUP = "screening-checks";

    private final JdbcTemplate jdbc;

    ScreeningCheckLogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ScreeningChecked event) {
        jdbc.update("""
                INSERT INTO screening_check_log (check_id, checked_by, checked_at, purpose, outcome, records_found)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (check_id) DO NOTHING""",
                event.checkId(), event.checkedBy(), Timestamp.from(event.checkedAt()), event.purpose().name(),
                event.outcome().name(), event.recordsFound());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM screening_check_log");
    }
}
