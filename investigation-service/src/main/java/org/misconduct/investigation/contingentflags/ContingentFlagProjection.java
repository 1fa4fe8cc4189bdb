package org.misconduct.investigation.contingentflags;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.misconduct.investigation.contingent.ContingentFlagged;
import org.misconduct.investigation.contingent.ContingentRepatriated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Flags of contingents and the repatriation decided on them. */
@Component
@ProcessingGroup(ContingentFlagProjection.PROCESSING_GROUP)
class ContingentFlagProjection {

    static final String PROCESSING_GROUP = "contingent-flags";

    private final JdbcTemplate jdbc;

    ContingentFlagProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ContingentFlagged event) {
        jdbc.update("""
                INSERT INTO contingent_flag_view (contingent_id, reason, mission, nationality, unit, case_references, flagged_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (contingent_id, reason) DO NOTHING""",
                event.contingentId(), event.reason().name(), event.mission(), event.nationality(), event.unit(),
                String.join(",", event.caseReferences()), Timestamp.from(event.flaggedAt()));
    }

    @EventHandler
    void on(ContingentRepatriated event) {
        jdbc.update("UPDATE contingent_flag_view SET repatriated_at = ? WHERE contingent_id = ?",
                Timestamp.from(event.decidedAt()), event.contingentId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM contingent_flag_view");
    }
}
