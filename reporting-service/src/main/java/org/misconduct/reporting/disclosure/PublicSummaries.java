package org.misconduct.reporting.disclosure;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Codes;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The public figures, each counted in one pass over the rows selected ({@code GROUPING SETS}): the figures read the
 * same rows as the public table, so they cannot disclose more than it does.
 */
@Component
class PublicSummaries {

    private static final String UNIFORMED = Arrays.stream(PersonnelCategory.values()).filter(PersonnelCategory::uniformed)
            .map(category -> "'" + category.name() + "'").collect(Collectors.joining(", ", "personnel_category IN (", ")"));
    private static final String WITHDRAWING = DisclosureRules.WITHDRAWING.stream().map(reason -> "'" + reason.name() + "'")
            .collect(Collectors.joining(", ", "closure_reason IN (", ")"));
    private static final String NOT_RECORDED = "'" + Codes.NOT_RECORDED + "'";
    private static final String GROUPED = """
             SELECT GROUPING(status) = 0 AS by_status, GROUPING(received_year) = 0 AS by_year,
                    GROUPING(mission) = 0 AS by_mission, GROUPING(allegation_type) = 0 AS by_type,
                    GROUPING(personnel_category) = 0 AS by_category, GROUPING(nationality) = 0 AS by_nationality,
                    status, received_year, mission, allegation_type, personnel_category, nationality,
                    count(*) AS allegations, count(*) FILTER (WHERE referred) AS referred,
                    count(*) FILTER (WHERE status = 'UNDER_INVESTIGATION') AS under_investigation,
                    count(*) FILTER (WHERE evidence_clock_breached) AS evidence_clock_breaches,
                    sum(victims_registered) AS victims, sum(victim_count) AS victims_reported
             FROM (SELECT status, received_year, coalesce(mission, %1$s) AS mission,
                          coalesce(allegation_type, %1$s) AS allegation_type,
                          coalesce(personnel_category, %1$s) AS personnel_category,
                          CASE WHEN nationality IS NOT NULL AND %2$s THEN nationality END AS nationality,
                          referred_at IS NOT NULL OR investigation_opened_at IS NOT NULL OR completed_at IS NOT NULL
                              AS referred,
                          '%3$s' = ANY (breached_clocks) AS evidence_clock_breached, victims_registered, victim_count
                   FROM disclosed_allegation%4$s) selected
             GROUP BY GROUPING SETS ((), (status), (received_year), (mission), (allegation_type), (personnel_category),
                                     (nationality), (received_year, personnel_category))""";

    private final JdbcTemplate jdbc;

    PublicSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the allegations selected, in one pass over them. */
    PublicSummary of(PublicFilter filter) {
        PublicFilter.Condition condition = filter.condition();
        PublicSummaryCounts counts = new PublicSummaryCounts(filter.year());
        jdbc.query(GROUPED.formatted(NOT_RECORDED, UNIFORMED, ClockName.EVIDENCE_PRESERVATION.wireName(), condition.sql()),
                counts::add, condition.arguments());
        return counts.summary(closedAtIntake(filter));
    }

    /**
     * The trend of the allegations selected: how many per year and category in every year, the other criteria kept.
     * Without other criteria, {@link PublicFilterOptions#trend()} has it already.
     */
    Map<String, Map<String, Long>> trend(PublicFilter filter) {
        PublicFilter.Condition everyYear = filter.withYear(null).condition();
        Map<String, Map<String, Long>> trend = new TreeMap<>();
        jdbc.query("SELECT received_year, coalesce(personnel_category, " + NOT_RECORDED + ") AS category, count(*) AS n"
                        + " FROM disclosed_allegation" + (everyYear.sql().isEmpty() ? " WHERE " : everyYear.sql() + " AND ")
                        + "received_year IS NOT NULL GROUP BY 1, 2",
                (ResultSet row) -> {
                    trend.computeIfAbsent(row.getString("received_year"), year -> new TreeMap<>())
                            .put(row.getString("category"), row.getLong("n"));
                }, everyYear.arguments());
        return trend;
    }

    /**
     * Allegations of the year and mission selected that intake closed as no allegation to count. They have no row,
     * so criteria on a row's category, nationality or a status other than closed select none of them.
     */
    private long closedAtIntake(PublicFilter filter) {
        if (filter.nationality() != null || filter.personnelCategory() != null
                || (filter.status() != null && filter.status() != AllegationStatus.CLOSED)) {
            return 0;
        }
        PublicFilter.Condition condition = new PublicFilter(filter.year(), filter.mission(), null, null, null).condition();
        String where = condition.sql().isEmpty() ? " WHERE " : condition.sql() + " AND ";
        return jdbc.queryForObject("SELECT count(*) FROM public_allegation" + where + WITHDRAWING, Long.class,
                condition.arguments());
    }

    /**
     * What the page's filters offer: the years (newest first), missions and nationalities disclosed; and the trend of
     * every row. One pass.
     */
    PublicFilterOptions options() {
        PublicFilterOptions options = new PublicFilterOptions(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new TreeMap<>());
        jdbc.query("SELECT GROUPING(received_year) = 0 AS by_year, GROUPING(mission) = 0 AS by_mission, received_year,"
                + " category, mission, nationality, count(*) AS n FROM (SELECT received_year, coalesce(personnel_category, "
                + NOT_RECORDED + ") AS category, mission, CASE WHEN " + UNIFORMED + " THEN nationality END AS nationality"
                + " FROM disclosed_allegation) disclosed"
                + " GROUP BY GROUPING SETS ((received_year, category), (mission), (nationality))"
                + " ORDER BY received_year DESC NULLS LAST, mission, nationality", options::add);
        return options;
    }
}
