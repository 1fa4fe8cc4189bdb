package org.misconduct.victimassistance.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.misconduct.contracts.codes.ClockName;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.victimassistance.assistance.AssistanceViews;
import org.misconduct.victimassistance.paternity.PaternityClaims;
import org.misconduct.victimassistance.victim.Consent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the victim view for victim assistance officers. */
@Component
class VictimViews {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;
    private final AssistanceViews assistance;
    private final PaternityClaims paternityClaims;

    VictimViews(JdbcTemplate jdbc, PersonalDataVault vault, AssistanceViews assistance, PaternityClaims paternityClaims) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.assistance = assistance;
        this.paternityClaims = paternityClaims;
    }

    List<VictimSummary> list(String caseReference, int page, int size) {
        StringBuilder sql = new StringBuilder("""
                SELECT v.*, (SELECT count(*) FROM victim_need_view n WHERE n.victim_id = v.victim_id AND n.met_at IS NULL) AS open_needs
                FROM victim_view v""");
        List<Object> arguments = new ArrayList<>();
        if (caseReference != null) {
            sql.append(" WHERE case_reference = ?");
            arguments.add(caseReference);
        }
        sql.append(" ORDER BY registered_at, victim_id LIMIT ? OFFSET ?");
        arguments.add(size);
        arguments.add((long) page * size);
        return jdbc.query(sql.toString(), (row, index) -> summary(row), arguments.toArray());
    }

    Optional<VictimDetails> find(String victimId) {
        return jdbc.query("SELECT * FROM victim_view WHERE victim_id = ?", (row, index) -> details(row), victimId)
                .stream().findFirst();
    }

    private static VictimSummary summary(ResultSet row) throws SQLException {
        return new VictimSummary(row.getString("victim_id"), row.getString("case_reference"), row.getString("age_group"),
                row.getString("sex"), row.getBoolean("share_with_investigators"), row.getTimestamp("registered_at").toInstant(),
                row.getTimestamp("personal_data_erased_at") != null, row.getInt("open_needs"),
                row.getTimestamp("first_contact_breached_at") != null);
    }

    /** The vault, not the view, decides whether the data is erased: the view may not have caught up yet. */
    private VictimDetails details(ResultSet row) throws SQLException {
        String victimId = row.getString("victim_id");
        boolean erased = vault.isErased(victimId);
        VictimDetails.PersonalData personalData = erased ? null : new VictimDetails.PersonalData(
                open(victimId, row.getString("sealed_name")),
                open(victimId, row.getString("sealed_contact")),
                open(victimId, row.getString("sealed_location")));
        return new VictimDetails(victimId, row.getString("case_reference"), row.getString("age_group"), row.getString("sex"),
                new VictimDetails.Consent(row.getBoolean("share_with_investigators"), instant(row, "consent_changed_at")),
                row.getTimestamp("registered_at").toInstant(), personalData, erased, firstContactClock(row),
                assistance.needsOf(victimId), assistance.referralsOf(victimId), paternityClaims.of(victimId));
    }

    private static VictimDetails.FirstContactClock firstContactClock(ResultSet row) throws SQLException {
        Instant startedAt = instant(row, "first_contact_started_at");
        if (startedAt == null) {
            return null;
        }
        Instant breachedAt = instant(row, "first_contact_breached_at");
        Boolean met = row.getObject("first_contact_met") == null ? null : row.getBoolean("first_contact_met");
        return new VictimDetails.FirstContactClock(ClockName.VICTIM_FIRST_CONTACT.wireName(), startedAt, instant(row, "first_contact_due_at"),
                instant(row, "first_contact_stopped_at"), met, breachedAt != null, breachedAt);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private String open(String victimId, String sealed) {
        return vault.open(victimId, sealed).orElse(null);
    }
}
