package org.misconduct.victimassistance.registry;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.misconduct.victimassistance.clock.FirstContactClockBreached;
import org.misconduct.victimassistance.clock.FirstContactClockStarted;
import org.misconduct.victimassistance.clock.FirstContactClockStopped;
import org.misconduct.victimassistance.victim.SharingConsentGiven;
import org.misconduct.victimassistance.victim.SharingConsentWithdrawn;
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

    @EventHandler
    void on(SharingConsentGiven event) {
        consent(event.victimId(), true, event.givenAt());
    }

    @EventHandler
    void on(SharingConsentWithdrawn event) {
        consent(event.victimId(), false, event.withdrawnAt());
    }

    @EventHandler
    void on(FirstContactClockStarted event) {
        jdbc.update("""
                UPDATE victim_view SET first_contact_started_at = ?, first_contact_due_at = ?, updated_at = ?
                WHERE victim_id = ?""",
                Timestamp.from(event.startedAt()), Timestamp.from(event.dueAt()), Timestamp.from(event.startedAt()), event.victimId());
    }

    @EventHandler
    void on(FirstContactClockStopped event) {
        jdbc.update("""
                UPDATE victim_view SET first_contact_stopped_at = ?, first_contact_met = ?, updated_at = ?
                WHERE victim_id = ?""",
                Timestamp.from(event.stoppedAt()), event.withinDeadline(), Timestamp.from(event.stoppedAt()), event.victimId());
    }

    @EventHandler
    void on(FirstContactClockBreached event) {
        jdbc.update("UPDATE victim_view SET first_contact_breached_at = ?, updated_at = ? WHERE victim_id = ?",
                Timestamp.from(event.breachedAt()), Timestamp.from(event.breachedAt()), event.victimId());
    }

    private void consent(String victimId, boolean shareWithInvestigators, java.time.Instant at) {
        jdbc.update("""
                UPDATE victim_view SET share_with_investigators = ?, consent_changed_at = ?, updated_at = ?
                WHERE victim_id = ?""",
                shareWithInvestigators, Timestamp.from(at), Timestamp.from(at), victimId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM victim_view");
    }
}
