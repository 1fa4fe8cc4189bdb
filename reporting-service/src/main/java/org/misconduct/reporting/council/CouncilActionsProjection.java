package org.misconduct.reporting.council;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.investigation.ContingentRepatriated;
import org.misconduct.contracts.investigation.DisciplinaryActionTaken;
import org.misconduct.contracts.investigation.InterimMeasureTaken;
import org.misconduct.contracts.investigation.SuspendedPaymentTransferred;
import org.misconduct.reporting.ledger.Projection;
import org.misconduct.streaming.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps one row per interim measure, Trust Fund transfer, final action and contingent
 * repatriation. Rows are only ever added, keyed by event id, so the order of arrival cannot matter.
 */
@Component
class CouncilActionsProjection implements Projection {

    static final List<String> TABLES = List.of("interim_measure", "trust_fund_transfer", "final_action", "contingent_repatriation");

    private final JdbcTemplate jdbc;

    CouncilActionsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void project(ReceivedEvent event) {
        PublishedEvent data = event.data();
        if (data instanceof InterimMeasureTaken measure && measure.caseReference() != null) {
            jdbc.update("""
                            INSERT INTO interim_measure (event_id, case_reference, measure_id, kind, amount, currency, taken_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                    event.id(), measure.caseReference(), measure.measureId(), measure.kind(), measure.amount(),
                    measure.currency(), timestamp(measure.takenAt()));
        } else if (data instanceof SuspendedPaymentTransferred transfer && transfer.caseReference() != null) {
            jdbc.update("""
                            INSERT INTO trust_fund_transfer (event_id, case_reference, measure_id, amount, currency, transferred_at)
                            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                    event.id(), transfer.caseReference(), transfer.measureId(), transfer.amount(), transfer.currency(),
                    timestamp(transfer.transferredAt()));
        } else if (data instanceof DisciplinaryActionTaken action && action.caseReference() != null) {
            jdbc.update("""
                            INSERT INTO final_action (event_id, case_reference, kind, actor, taken_at)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                    event.id(), action.caseReference(), action.kind(), action.by(), timestamp(action.takenAt()));
        } else if (data instanceof ContingentRepatriated repatriation && repatriation.contingentId() != null) {
            List<String> cases = repatriation.caseReferences() == null ? List.of() : repatriation.caseReferences();
            jdbc.update("""
                            INSERT INTO contingent_repatriation (event_id, contingent_id, mission, nationality, case_references, decided_at)
                            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                    event.id(), repatriation.contingentId(), repatriation.mission(), repatriation.nationality(),
                    cases.toArray(String[]::new), timestamp(repatriation.decidedAt()));
        }
    }

    @Override
    public void lock() {
        jdbc.execute("LOCK TABLE " + String.join(", ", TABLES) + " IN EXCLUSIVE MODE");
    }

    @Override
    public void reset() {
        TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
