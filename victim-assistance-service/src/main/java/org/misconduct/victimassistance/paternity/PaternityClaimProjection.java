package org.misconduct.victimassistance.paternity;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.misconduct.victimassistance.victim.PaternityClaimStatusRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects paternity claims and their status history; replaying rebuilds them. */
@Component
@ProcessingGroup("victim-view")
class PaternityClaimProjection {

    private final JdbcTemplate jdbc;

    PaternityClaimProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PaternityClaimStatusRecorded event, @MessageIdentifier String eventId) {
        Timestamp at = Timestamp.from(event.recordedAt());
        jdbc.update("""
                INSERT INTO paternity_claim_view (claim_id, victim_id, status, filed_at, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (claim_id) DO UPDATE SET status = EXCLUDED.status, updated_at = EXCLUDED.updated_at""",
                event.claimId(), event.victimId(), event.status().name(), at, at);
        jdbc.update("""
                INSERT INTO paternity_claim_status_view (event_id, claim_id, status, recorded_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                eventId, event.claimId(), event.status().name(), at);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM paternity_claim_status_view");
        jdbc.update("DELETE FROM paternity_claim_view");
    }
}
