package org.misconduct.victimassistance.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the victim view for victim assistance officers. */
@Component
class VictimViews {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    VictimViews(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    List<VictimSummary> list(String caseReference, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM victim_view");
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
                row.getTimestamp("personal_data_erased_at") != null);
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
                new VictimDetails.Consent(row.getBoolean("share_with_investigators")),
                row.getTimestamp("registered_at").toInstant(), personalData, erased);
    }

    private String open(String victimId, String sealed) {
        return vault.open(victimId, sealed).orElse(null);
    }
}
