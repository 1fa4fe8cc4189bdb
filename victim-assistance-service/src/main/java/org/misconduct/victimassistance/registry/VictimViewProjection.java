package org.misconduct.victimassistance.registry;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.misconduct.victimassistance.victim.VictimPersonalDataErased;
import org.misconduct.victimassistance.victim.VictimRegistered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects the victim events into {@code victim_view}; replaying from the start rebuilds it. */
@Component
@ProcessingGroup(VictimViewProjection.PROCESSING_GROUP)
class VictimViewProjection {

    static final String PROCESSING_GROUP = "victim-view";

    private final JdbcTemplate jdbc;

    VictimViewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VictimRegistered event) {
        jdbc.update("""
                INSERT INTO victim_view (victim_id, case_reference, age_group, sex, share_with_investigators, registered_at,
                    sealed_name, sealed_contact, sealed_location, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (victim_id) DO NOTHING""",
                event.victimId(), event.caseReference(), event.ageGroup().name(), event.sex().name(),
                event.consent().shareWithInvestigators(), Timestamp.from(event.registeredAt()),
                event.personalData().name(), event.personalData().contact(), event.personalData().location(),
                Timestamp.from(event.registeredAt()));
    }

    /** The sealed values could no longer be opened anyway; dropping them leaves nothing to try. */
    @EventHandler
    void on(VictimPersonalDataErased event) {
        jdbc.update("""
                UPDATE victim_view SET sealed_name = NULL, sealed_contact = NULL, sealed_location = NULL,
                    personal_data_erased_at = ?, updated_at = ?
                WHERE victim_id = ?""",
                Timestamp.from(event.erasedAt()), Timestamp.from(event.erasedAt()), event.victimId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM victim_view");
    }
}
