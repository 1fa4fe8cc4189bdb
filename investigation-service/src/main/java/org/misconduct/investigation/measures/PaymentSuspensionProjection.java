package org.misconduct.investigation.measures;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.misconduct.contracts.codes.InterimMeasureKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Suspended payments and what became of them: held, transferred to the Trust Fund, or released. */
@Component
@ProcessingGroup(PaymentSuspensionProjection.PROCESSING_GROUP)
class PaymentSuspensionProjection {

    static final String PROCESSING_GROUP = "payment-suspensions";

    private final JdbcTemplate jdbc;

    PaymentSuspensionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InterimMeasureTaken event) {
        if (event.kind() != InterimMeasureKind.PAYMENT_SUSPENSION) {
            return;
        }
        jdbc.update("""
                INSERT INTO payment_suspension_view (measure_id, case_reference, nationality, amount, currency, state, suspended_at)
                VALUES (?, ?, ?, ?, ?, 'SUSPENDED', ?) ON CONFLICT (measure_id) DO NOTHING""",
                event.measureId(), event.caseReference(), event.nationality(), event.amount(), event.currency(),
                Timestamp.from(event.takenAt()));
    }

    @EventHandler
    void on(SuspendedPaymentTransferred event) {
        settle(event.measureId(), "TRANSFERRED", Timestamp.from(event.transferredAt()));
    }

    @EventHandler
    void on(SuspendedPaymentReleased event) {
        settle(event.measureId(), "RELEASED", Timestamp.from(event.releasedAt()));
    }

    private void settle(String measureId, String state, Timestamp at) {
        jdbc.update("UPDATE payment_suspension_view SET state = ?, settled_at = ? WHERE measure_id = ?", state, at, measureId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM payment_suspension_view");
    }
}
