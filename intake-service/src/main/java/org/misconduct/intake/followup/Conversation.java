package org.misconduct.intake.followup;

import java.util.List;

import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the messages of one complaint, opened with the complainant's key. */
@Component
public class Conversation {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    Conversation(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    public List<FollowUpMessage> of(String caseReference, String subjectId) {
        return jdbc.query("""
                        SELECT sender, sent_at, sealed_text FROM complaint_message
                        WHERE case_reference = ? ORDER BY sent_at, event_id""",
                (row, index) -> new FollowUpMessage(row.getString("sender"), row.getTimestamp("sent_at").toInstant(),
                        vault.open(subjectId, row.getString("sealed_text")).orElse(null)),
                caseReference);
    }
}
