package org.misconduct.intake.followup;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.misconduct.intake.allegation.ComplainantMessageReceived;
import org.misconduct.intake.allegation.ComplainantRepliedTo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The messages between complainant and intake, still sealed, in the order they were sent. */
@Component
@ProcessingGroup(ComplaintAccessProjection.PROCESSING_GROUP)
class ConversationProjection {

    private final JdbcTemplate jdbc;

    ConversationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ComplainantMessageReceived event, @MessageIdentifier String eventId) {
        record(eventId, event.caseReference(), FollowUpMessage.COMPLAINANT, event.receivedAt(), event.sealedText());
    }

    @EventHandler
    void on(ComplainantRepliedTo event, @MessageIdentifier String eventId) {
        record(eventId, event.caseReference(), FollowUpMessage.INTAKE, event.sentAt(), event.sealedText());
    }

    private void record(String eventId, String caseReference, String sender, java.time.Instant sentAt, String sealedText) {
        jdbc.update("""
                INSERT INTO complaint_message (event_id, case_reference, sender, sent_at, sealed_text)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                eventId, caseReference, sender, Timestamp.from(sentAt), sealedText);
    }
}
