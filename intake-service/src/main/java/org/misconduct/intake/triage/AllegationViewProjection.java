package org.misconduct.intake.triage;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.misconduct.intake.allegation.AllegationAssessed;
import org.misconduct.intake.allegation.AllegationClosed;
import org.misconduct.intake.allegation.AllegationNarrativeMovedToCaseFile;
import org.misconduct.intake.allegation.AllegationReferred;
import org.misconduct.intake.allegation.AllegationRegistered;
import org.misconduct.intake.allegation.AllegationStatus;
import org.misconduct.intake.allegation.Assessment;
import org.misconduct.intake.allegation.ComplainantPersonalDataErased;
import org.misconduct.intake.allegation.InvestigationConcluded;
import org.misconduct.intake.allegation.InvestigationStarted;
import org.misconduct.intake.allegation.NonUnForcesNotified;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects the allegation events into {@code allegation_view}; replaying from the start rebuilds it. */
@Component
@ProcessingGroup(AllegationViewProjection.PROCESSING_GROUP)
class AllegationViewProjection {

    static final String PROCESSING_GROUP = "allegation-view";

    private final JdbcTemplate jdbc;

    AllegationViewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AllegationRegistered event) {
        jdbc.update("""
                INSERT INTO allegation_view (case_reference, status, mission, channel, language, received_at, incident_date,
                    personnel_category, nationality, victim_count, minor_involved, anonymous, subject_id, narrative_subject_id,
                    sealed_description, sealed_location, sealed_complainant_name, sealed_complainant_contact, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_reference) DO NOTHING""",
                event.caseReference(), AllegationStatus.RECEIVED.name(), event.mission(), event.channel().name(),
                event.language(), timestamp(event.receivedAt()),
                event.incidentDate() == null ? null : Date.valueOf(event.incidentDate()),
                name(event.personnelCategory()), event.allegedNationality(), event.victimCount(), event.minorInvolved(),
                event.anonymous(), event.complainant().subjectId(), event.narrative().subjectId(), event.narrative().description(),
                event.narrative().location(), event.complainant().name(), event.complainant().contact(),
                timestamp(event.receivedAt()));
    }

    @EventHandler
    void on(AllegationAssessed event) {
        Assessment assessment = event.assessment();
        jdbc.update("""
                UPDATE allegation_view SET status = ?, allegation_type = ?, sea_category = ?, personnel_category = ?,
                    nationality = ?, contingent_unit = ?, victim_count = ?, minor_involved = ?, priority = ?, updated_at = ?
                WHERE case_reference = ?""",
                AllegationStatus.UNDER_ASSESSMENT.name(), name(assessment.allegationType()), name(assessment.seaCategory()),
                name(assessment.personnelCategory()), assessment.nationality(), assessment.contingentUnit(),
                assessment.victimCount(), assessment.minorInvolved(), name(assessment.priority()),
                timestamp(event.assessedAt()), event.caseReference());
    }

    @EventHandler
    void on(AllegationReferred event) {
        jdbc.update("UPDATE allegation_view SET status = ?, investigating_entity = ?, updated_at = ? WHERE case_reference = ?",
                AllegationStatus.REFERRED.name(), event.investigatingEntity().name(), timestamp(event.referredAt()),
                event.caseReference());
    }

    @EventHandler
    void on(AllegationClosed event) {
        jdbc.update("""
                UPDATE allegation_view SET status = ?, closure_reason = ?, sealed_closure_note = ?, updated_at = ?
                WHERE case_reference = ?""",
                AllegationStatus.CLOSED.name(), event.reason().name(), event.sealedNote(), timestamp(event.closedAt()),
                event.caseReference());
    }

    /** The authorities notified, each as {@code KIND: name}, in the order they were notified; the date of the first notification. */
    @EventHandler
    void on(NonUnForcesNotified event) {
        String named = event.named().stream()
                .map(authority -> authority.kind() == null ? authority.name() : authority.kind() + ": " + authority.name())
                .collect(java.util.stream.Collectors.joining("; "));
        jdbc.update("""
                UPDATE allegation_view SET non_un_authority = CASE WHEN non_un_authority IS NULL THEN ? ELSE non_un_authority || '; ' || ? END,
                    non_un_notified_at = COALESCE(non_un_notified_at, ?), updated_at = ?
                WHERE case_reference = ?""",
                named, named, timestamp(event.notifiedAt()), timestamp(event.notifiedAt()), event.caseReference());
    }

    @EventHandler
    void on(AllegationNarrativeMovedToCaseFile event) {
        jdbc.update("""
                UPDATE allegation_view SET narrative_subject_id = ?, sealed_description = ?, sealed_location = ?,
                    sealed_closure_note = ?, updated_at = ?
                WHERE case_reference = ?""",
                event.narrative().subjectId(), event.narrative().description(), event.narrative().location(),
                event.sealedClosureNote(), timestamp(event.movedAt()), event.caseReference());
    }

    /** What was sealed under the complainant's key is unreadable now: their identity, and a narrative erased with them before it had its own key. */
    @EventHandler
    void on(ComplainantPersonalDataErased event) {
        jdbc.update("""
                UPDATE allegation_view SET sealed_complainant_name = NULL, sealed_complainant_contact = NULL,
                    sealed_description = CASE WHEN narrative_subject_id = subject_id THEN NULL ELSE sealed_description END,
                    sealed_location = CASE WHEN narrative_subject_id = subject_id THEN NULL ELSE sealed_location END,
                    sealed_closure_note = CASE WHEN narrative_subject_id = subject_id THEN NULL ELSE sealed_closure_note END,
                    updated_at = ?
                WHERE case_reference = ?""",
                timestamp(event.erasedAt()), event.caseReference());
    }

    @EventHandler
    void on(InvestigationStarted event) {
        updateStatus(event.caseReference(), AllegationStatus.UNDER_INVESTIGATION, event.openedAt());
    }

    @EventHandler
    void on(InvestigationConcluded event) {
        updateStatus(event.caseReference(), event.outcome().status(), event.completedAt());
    }

    private void updateStatus(String caseReference, AllegationStatus status, Instant at) {
        jdbc.update("UPDATE allegation_view SET status = ?, updated_at = ? WHERE case_reference = ?",
                status.name(), timestamp(at), caseReference);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM allegation_view");
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
