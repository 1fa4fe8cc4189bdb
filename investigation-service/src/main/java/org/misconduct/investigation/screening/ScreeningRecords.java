package org.misconduct.investigation.screening;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.misconduct.contracts.codes.ScreeningRecordKind;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The records matching any of a person's blind indexes: one per subject matched, most recent first. */
@Component
public class ScreeningRecords {

    public record Found(ScreeningRecordKind kind, int year) {
    }

    /** One row per subject matched; looked up by the index on {@code blind_index}, whatever the number of subjects. */
    static final String MATCHING = """
            SELECT DISTINCT subject_key, kind, year FROM screening_record WHERE blind_index IN (:indexes)
            ORDER BY year DESC, kind""";

    private final NamedParameterJdbcTemplate jdbc;

    ScreeningRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Found> matching(Collection<String> blindIndexes) {
        if (blindIndexes.isEmpty()) {
            return List.of();
        }
        return jdbc.query(MATCHING, Map.of("indexes", blindIndexes),
                (row, number) -> new Found(ScreeningRecordKind.valueOf(row.getString("kind")), row.getInt("year")));
    }
}
