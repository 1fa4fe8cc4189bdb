package org.misconduct.intake.followup;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.misconduct.intake.allegation.AllegationNarrativeMovedToCaseFile;
import org.misconduct.intake.allegation.AllegationRegistered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what a follow-up needs to check a complainant's code, and the keys the allegation's texts are sealed
 * under. A subscribing processor, so the row exists as soon as the complaint's receipt is given.
 */
@Component
@ProcessingGroup(ComplaintAccessProjection.PROCESSING_GROUP)
class ComplaintAccessProjection {

    static final String PROCESSING_GROUP = "complaint-follow-up";

    private final JdbcTemplate jdbc;

    ComplaintAccessProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AllegationRegistered event) {
        jdbc.update("""
                INSERT INTO complaint_access (case_reference, follow_up_code_hash, subject_id, narrative_subject_id, status, received_at)
                VALUES (?, ?, ?, ?, 'RECEIVED', ?) ON CONFLICT (case_reference) DO NOTHING""",
                event.caseReference(), event.followUpCodeHash(), event.complainant().subjectId(), event.narrative().subjectId(),
                Timestamp.from(event.receivedAt()));
    }

    @EventHandler
    void on(AllegationNarrativeMovedToCaseFile event) {
        jdbc.update("UPDATE complaint_access SET narrative_subject_id = ? WHERE case_reference = ?",
                event.narrative().subjectId(), event.caseReference());
    }
}
