package org.misconduct.intake.followup;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The keys an allegation's texts are sealed under, known from the moment it is registered: the complainant's
 * (their identity, the messages with them) and the one of its narrative (description, location, closure note).
 */
@Component
public class AllegationSubjects {

    private final JdbcTemplate jdbc;

    AllegationSubjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> complainantOf(String caseReference) {
        return column("subject_id", caseReference);
    }

    /** The case file's key, or the complainant's for an allegation registered before the narrative had its own. */
    public Optional<String> narrativeOf(String caseReference) {
        return column("narrative_subject_id", caseReference);
    }

    private Optional<String> column(String column, String caseReference) {
        return jdbc.queryForList("SELECT " + column + " FROM complaint_access WHERE case_reference = ?", String.class, caseReference)
                .stream().findFirst();
    }
}
