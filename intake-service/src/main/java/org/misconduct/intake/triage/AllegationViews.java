package org.misconduct.intake.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.misconduct.intake.followup.Conversation;
import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the allegation view for intake officers. */
@Component
class AllegationViews {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;
    private final Conversation conversation;

    AllegationViews(JdbcTemplate jdbc, PersonalDataVault vault, Conversation conversation) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.conversation = conversation;
    }

    List<AllegationSummary> list(String status, String mission, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM allegation_view WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            arguments.add(status);
        }
        if (mission != null) {
            sql.append(" AND mission = ?");
            arguments.add(mission);
        }
        sql.append(" ORDER BY received_at, case_reference LIMIT ? OFFSET ?");
        arguments.add(size);
        arguments.add((long) page * size);
        return jdbc.query(sql.toString(), (row, index) -> summary(row), arguments.toArray());
    }

    Optional<AllegationDetails> find(String caseReference) {
        return jdbc.query("SELECT * FROM allegation_view WHERE case_reference = ?", (row, index) -> details(row), caseReference)
                .stream().findFirst();
    }

    private static AllegationSummary summary(ResultSet row) throws SQLException {
        return new AllegationSummary(row.getString("case_reference"), row.getString("status"), row.getString("mission"),
                row.getString("channel"), row.getTimestamp("received_at").toInstant(), row.getString("personnel_category"),
                row.getString("allegation_type"), row.getString("priority"), row.getString("investigating_entity"));
    }

    private AllegationDetails details(ResultSet row) throws SQLException {
        String subject = row.getString("subject_id");
        String narrative = row.getString("narrative_subject_id");
        String name = open(subject, row.getString("sealed_complainant_name"));
        String contact = open(subject, row.getString("sealed_complainant_contact"));
        return new AllegationDetails(
                row.getString("case_reference"), row.getString("status"), row.getString("mission"),
                row.getString("channel"), row.getString("language"), row.getTimestamp("received_at").toInstant(),
                row.getDate("incident_date") == null ? null : row.getDate("incident_date").toLocalDate(),
                row.getString("personnel_category"), row.getString("nationality"),
                (Integer) row.getObject("victim_count"), (Boolean) row.getObject("minor_involved"),
                row.getBoolean("anonymous"),
                open(narrative, row.getString("sealed_description")), open(narrative, row.getString("sealed_location")),
                name == null && contact == null ? null : new AllegationDetails.Complainant(name, contact),
                vault.isErased(subject),
                row.getString("allegation_type"), row.getString("sea_category"), row.getString("contingent_unit"),
                row.getString("priority"), row.getString("investigating_entity"),
                row.getString("closure_reason"), open(narrative, row.getString("sealed_closure_note")),
                row.getString("non_un_authority"),
                row.getTimestamp("non_un_notified_at") == null ? null : row.getTimestamp("non_un_notified_at").toInstant(),
                conversation.of(row.getString("case_reference"), subject));
    }

    private String open(String subject, String sealed) {
        return vault.open(subject, sealed).orElse(null);
    }
}
