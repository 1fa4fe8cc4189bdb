package org.misconduct.investigation.queue;

import static org.misconduct.contracts.codes.Codes.codeOf;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.misconduct.investigation.assignment.CaseAssigned;
import org.misconduct.investigation.caseopening.Allegation;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.clocks.ClockBreached;
import org.misconduct.investigation.clocks.ClockExtended;
import org.misconduct.investigation.clocks.ClockStarted;
import org.misconduct.investigation.clocks.ClockStopped;
import org.misconduct.investigation.evidence.EvidencePreserved;
import org.misconduct.investigation.memberstate.InvestigatingEntityChanged;
import org.misconduct.investigation.outcome.FindingRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects cases and their clocks into the investigators' queue; replaying from the start rebuilds it. */
@Component
@ProcessingGroup(CaseQueueProjection.PROCESSING_GROUP)
class CaseQueueProjection {

    static final String PROCESSING_GROUP = "case-queue";

    private final JdbcTemplate jdbc;

    CaseQueueProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseOpened event) {
        Allegation allegation = event.allegation();
        jdbc.update("""
                INSERT INTO case_view (case_reference, mission, allegation_type, sea_category, personnel_category, nationality,
                    contingent_unit, victim_count, minor_involved, priority, investigating_entity, status, received_at,
                    referred_at, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)
                ON CONFLICT (case_reference) DO NOTHING""",
                event.caseReference(), allegation.mission(), allegation.allegationType().name(), codeOf(allegation.seaCategory()),
                codeOf(allegation.personnelCategory()), allegation.nationality(), allegation.contingentUnit(),
                allegation.victimCount(), allegation.minorInvolved(), allegation.priority().name(),
                codeOf(allegation.investigatingEntity()), timestamp(allegation.receivedAt()), timestamp(allegation.referredAt()),
                timestamp(event.openedAt()));
    }

    /**
     * A clock that starts can only bring its case's next due time forward, so the case's row is compared with this
     * clock alone, in the statement that stores it, and written only when the clock falls due first.
     */
    @EventHandler
    void on(ClockStarted event) {
        jdbc.update("""
                WITH started AS (
                    INSERT INTO case_clock_view (case_reference, clock, started_at, due_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (case_reference, clock) DO NOTHING
                    RETURNING case_reference, due_at)
                UPDATE case_view c SET next_due_at = started.due_at FROM started
                WHERE c.case_reference = started.case_reference
                  AND (c.next_due_at IS NULL OR started.due_at < c.next_due_at)""",
                event.caseReference(), event.clock().wireName(), timestamp(event.startedAt()), timestamp(event.dueAt()));
    }

    @EventHandler
    void on(ClockStopped event) {
        jdbc.update("UPDATE case_clock_view SET stopped_at = ? WHERE case_reference = ? AND clock = ?",
                timestamp(event.stoppedAt()), event.caseReference(), event.clock().wireName());
        refreshNextDue(event.caseReference());
    }

    @EventHandler
    void on(ClockExtended event) {
        jdbc.update("UPDATE case_clock_view SET due_at = ? WHERE case_reference = ? AND clock = ?",
                timestamp(event.dueAt()), event.caseReference(), event.clock().wireName());
        refreshNextDue(event.caseReference());
    }

    @EventHandler
    void on(CaseAssigned event) {
        jdbc.update("UPDATE case_view SET assignee = ? WHERE case_reference = ?", event.investigator(), event.caseReference());
    }

    @EventHandler
    void on(InvestigatingEntityChanged event) {
        jdbc.update("UPDATE case_view SET investigating_entity = ? WHERE case_reference = ?",
                codeOf(event.investigatingEntity()), event.caseReference());
    }

    /** A finding closes the case: it leaves the queue but can still be read. */
    @EventHandler
    void on(FindingRecorded event) {
        jdbc.update("UPDATE case_view SET status = ?, finding = ?, completed_at = ? WHERE case_reference = ?",
                event.finding().name(), event.finding().name(), timestamp(event.recordedAt()), event.caseReference());
    }

    /**
     * Written only when it changes: most clocks a case starts fall due after one it has already, and an unchanged row
     * spares a new version of it in the queue's four indexes.
     */
    private void refreshNextDue(String caseReference) {
        jdbc.update("""
                UPDATE case_view c SET next_due_at = clocks.next_due_at
                FROM (SELECT min(due_at) AS next_due_at FROM case_clock_view
                      WHERE case_reference = ? AND stopped_at IS NULL) clocks
                WHERE c.case_reference = ? AND c.next_due_at IS DISTINCT FROM clocks.next_due_at""",
                caseReference, caseReference);
    }

    @EventHandler
    void on(ClockBreached event) {
        jdbc.update("UPDATE case_clock_view SET breached = TRUE WHERE case_reference = ? AND clock = ?",
                event.caseReference(), event.clock().wireName());
    }

    @EventHandler
    void on(EvidencePreserved event) {
        jdbc.update("UPDATE case_view SET evidence_preserved_at = ? WHERE case_reference = ?",
                timestamp(event.preservedAt()), event.caseReference());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM case_view");
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
