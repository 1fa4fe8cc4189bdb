package org.misconduct.reporting.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /**
     * The rows are first counted per combination of the grouped values (one hash over the rows), then the few
     * combinations per grouping set: far cheaper than hashing every row once per set.
     */
    private static final String GROUPED = """
             SELECT GROUPING(status) = 0 AS by_status, GROUPING(received_year) = 0 AS by_year,
                    GROUPING(mission) = 0 AS by_mission, GROUPING(allegation_type) = 0 AS by_type,
                    GROUPING(personnel_category) = 0 AS by_category, GROUPING(nationality) = 0 AS by_nationality,
                    status, received_year, mission, allegation_type, personnel_category, nationality,
                    sum(allegations) FILTER (WHERE selected) AS allegations, sum(allegations) AS every_year,
                    sum(referred) FILTER (WHERE selected) AS referred,
                    sum(allegations) FILTER (WHERE selected AND status = 'UNDER_INVESTIGATION') AS under_investigation,
                    sum(evidence_clock_breaches) FILTER (WHERE selected) AS evidence_clock_breaches,
                    sum(victims) FILTER (WHERE selected) AS victims,
                    sum(victims_reported) FILTER (WHERE selected) AS victims_reported
             FROM (SELECT %s AS selected, status, received_year, coalesce(mission, %s) AS mission,
                          coalesce(allegation_type, %s) AS allegation_type,
                          coalesce(personnel_category, %s) AS personnel_category,
                          CASE WHEN %s THEN nationality END AS nationality, count(*) AS allegations,
                          count(*) FILTER (WHERE referred_at IS NOT NULL OR investigation_opened_at IS NOT NULL
                              OR completed_at IS NOT NULL) AS referred,
                          count(*) FILTER (WHERE '%s' = ANY (breached_clocks)) AS evidence_clock_breaches,
                          sum(victims_registered) AS victims, sum(victim_count) AS victims_reported
                   FROM disclosed_allegation%s
                   GROUP BY 1, 2, 3, 4, 5, 6, 7) combinations
             GROUP BY GROUPING SETS ((), (status), (received_year), (mission), (allegation_type), (personnel_category),
                                     (nationality), (received_year, personnel_category))""";

    private final JdbcTemplate jdbc;

    PublicSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the allegations selected. */
    PublicSummary of(PublicFilter filter) {
        PublicFilter.Condition condition = filter.condition();
        return count(filter, "TRUE", List.of(), condition).summary(closedAtIntake(filter));
    }

    /**
     * The figures of the allegations selected, and their trend: allegations per year and category in every year, the
     * other criteria kept. One pass over every year's rows gives both.
     */
    PublicSummaryCounts.WithTrend withTrend(PublicFilter filter) {
        PublicFilter.Condition condition = filter.withYear(null).condition();
        PublicSummaryCounts counts = filter.year() == null ? count(filter, "TRUE", List.of(), condition)
                : count(filter, "received_year = ?", List.of(filter.year()), condition);
        return new PublicSummaryCounts.WithTrend(counts.summary(closedAtIntake(filter)), counts.everyYearByYearAndCategory());
    }

    private PublicSummaryCounts count(PublicFilter filter, String selected, List<Object> selectedArguments,
                                      PublicFilter.Condition condition) {
        String sql = GROUPED.formatted(selected, NOT_RECORDED, NOT_RECORDED, NOT_RECORDED,
                "nationality IS NOT NULL AND " + UNIFORMED, ClockName.EVIDENCE_PRESERVATION.wireName(), condition.sql());
        List<Object> arguments = new ArrayList<>(selectedArguments);
        arguments.addAll(List.of(condition.arguments()));
        PublicSummaryCounts counts = new PublicSummaryCounts(filter.year());
        jdbc.query(sql, counts::add, arguments.toArray());
        return counts;
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

    /** What the page's filters offer: the years (newest first), missions and nationalities disclosed, in one pass. */
    PublicFilterOptions options() {
        PublicFilterOptions options = new PublicFilterOptions(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        jdbc.query("SELECT GROUPING(received_year) = 0 AS by_year, GROUPING(mission) = 0 AS by_mission, received_year,"
                + " mission, nationality FROM (SELECT received_year, mission, CASE WHEN " + UNIFORMED
                + " THEN nationality END AS nationality FROM disclosed_allegation GROUP BY 1, 2, 3) combinations"
                + " GROUP BY GROUPING SETS ((received_year), (mission), (nationality))"
                + " ORDER BY received_year DESC NULLS LAST, mission, nationality", options::add);
        return options;
    }
}
