package org.misconduct.victimassistance.assistance;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.misconduct.victimassistance.victim.AssistanceDeclined;
import org.misconduct.victimassistance.victim.AssistanceDelivered;
import org.misconduct.victimassistance.victim.AssistanceReferred;
import org.misconduct.victimassistance.victim.NeedIdentified;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects needs and referrals into {@code victim_need_view} and {@code victim_referral_view}; replaying rebuilds them. */
@Component
@ProcessingGroup("victim-view")
class AssistanceProjection {

    private final JdbcTemplate jdbc;

    AssistanceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NeedIdentified event) {
        jdbc.update("""
                INSERT INTO victim_need_view (need_id, victim_id, kind, identified_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (need_id) DO NOTHING""",
                event.needId(), event.victimId(), event.kind().name(), Timestamp.from(event.identifiedAt()));
    }

    @EventHandler
    void on(AssistanceReferred event) {
        jdbc.update("""
                INSERT INTO victim_referral_view (referral_id, victim_id, need_id, kind, provider, referred_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (referral_id) DO NOTHING""",
                event.referralId(), event.victimId(), event.needId(), event.kind().name(), event.provider(),
                Timestamp.from(event.referredAt()));
    }

    @EventHandler
    void on(AssistanceDelivered event) {
        Timestamp at = Timestamp.from(event.deliveredAt());
        jdbc.update("UPDATE victim_referral_view SET delivered_at = ? WHERE referral_id = ?", at, event.referralId());
        jdbc.update("UPDATE victim_need_view SET met_at = ? WHERE need_id = ?", at, event.needId());
    }

    @EventHandler
    void on(AssistanceDeclined event) {
        jdbc.update("UPDATE victim_referral_view SET declined_at = ?, decline_reason = ? WHERE referral_id = ?",
                Timestamp.from(event.declinedAt()), event.reason() == null ? null : event.reason().name(), event.referralId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM victim_referral_view");
        jdbc.update("DELETE FROM victim_need_view");
    }
}
