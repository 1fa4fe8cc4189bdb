package org.misconduct.intake.followup;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.intake.allegation.AllegationStatus;
import org.misconduct.intake.allegation.ReceiveComplainantMessage;
import org.misconduct.intake.complaint.FollowUpCodes;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.web.ActingUser;
import org.misconduct.web.InvalidRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The complainant's side of a complaint: with the case reference and the follow-up code they see
 * the status and the messages, and can write to intake. An unknown case and a wrong code cost the
 * same and answer the same.
 */
@Component
public class ComplaintFollowUp {

    /** The acting user recorded for what complainants do: they have no account. */
    public static final String COMPLAINANT = "complainant";

    private final JdbcTemplate jdbc;
    private final FollowUpCodes codes;
    private final Conversation conversation;
    private final PersonalDataVault vault;
    private final CommandGateway commands;

    ComplaintFollowUp(JdbcTemplate jdbc, FollowUpCodes codes, Conversation conversation, PersonalDataVault vault,
                      CommandGateway commands) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.conversation = conversation;
        this.vault = vault;
        this.commands = commands;
    }

    public FollowUpView view(String caseReference, String followUpCode) {
        Access access = authenticate(caseReference, followUpCode);
        return new FollowUpView(caseReference, access.status(), access.receivedAt(),
                conversation.of(caseReference, access.subjectId()));
    }

    public void sendMessage(String caseReference, String followUpCode, String text) {
        if (text == null || text.isBlank() || text.length() > MessageRequest.MAX_LENGTH) {
            throw new InvalidRequest("text", "must be between 1 and " + MessageRequest.MAX_LENGTH + " characters");
        }
        Access access = authenticate(caseReference, followUpCode);
        commands.sendAndWait(GenericCommandMessage
                .asCommandMessage(new ReceiveComplainantMessage(caseReference, vault.seal(access.subjectId(), text)))
                .andMetaData(Map.of(ActingUser.METADATA_KEY, COMPLAINANT)));
    }

    /** Checks the follow-up code as every follow-up does; unknown reference and wrong code answer the same 404. */
    public void requireAccess(String caseReference, String followUpCode) {
        authenticate(caseReference, followUpCode);
    }

    private Access authenticate(String caseReference, String followUpCode) {
        Optional<Access> access = find(caseReference);
        if (!codes.matches(followUpCode, access.map(Access::followUpCodeHash))) {
            throw new FollowUpNotFound();
        }
        return access.orElseThrow(FollowUpNotFound::new);
    }

    private Optional<Access> find(String caseReference) {
        return jdbc.query("""
                        SELECT a.follow_up_code_hash, a.subject_id, a.received_at, COALESCE(v.status, a.status) AS status
                        FROM complaint_access a LEFT JOIN allegation_view v ON v.case_reference = a.case_reference
                        WHERE a.case_reference = ?""",
                (row, index) -> new Access(row.getString("follow_up_code_hash"), row.getString("subject_id"),
                        row.getTimestamp("received_at").toInstant(), AllegationStatus.valueOf(row.getString("status"))),
                caseReference).stream().findFirst();
    }

    private record Access(String followUpCodeHash, String subjectId, Instant receivedAt, AllegationStatus status) {
    }
}
