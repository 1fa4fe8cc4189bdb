package org.misconduct.reporting.disclosure;

import java.sql.ResultSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Codes;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public figures as they were first computed, one query per figure: what the single pass must equal. */
final class SummaryByScans {

    private static final String UNIFORMED = Arrays.stream(PersonnelCategory.values()).filter(PersonnelCategory::uniformed)
            .map(category -> "'" + category.name() + "'").collect(Collectors.joining(", ", "personnel_category IN (", ")"));
    private static final String WITHDRAWING = DisclosureRules.WITHDRAWING.stream().map(reason -> "'" + reason.name() + "'")
            .collect(Collectors.joining(", ", "closure_reason IN (", ")"));

    private final JdbcTemplate jdbc;

    SummaryByScans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PublicSummary summarize(PublicFilter filter) {
        PublicFilter.Condition condition = filter.condition();
        String where = condition.sql().isEmpty() ? " WHERE TRUE" : condition.sql();
        Object[] arguments = condition.arguments();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (AllegationStatus status : AllegationStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        byStatus.putAll(countBy("status", where, arguments));
        Map<String, Map<String, Long>> byYearAndCategory = new TreeMap<>();
        jdbc.query("SELECT received_year, coalesce(personnel_category, '" + Codes.NOT_RECORDED + "') AS category, count(*) AS n"
                        + " FROM disclosed_allegation" + where + " AND received_year IS NOT NULL GROUP BY 1, 2",
                (ResultSet row) -> {
                    byYearAndCategory.computeIfAbsent(row.getString("received_year"), year -> new TreeMap<>())
                            .put(row.getString("category"), row.getLong("n"));
                }, arguments);
        return new PublicSummary(
                filter.year(),
                count("TRUE", where, arguments),
                byStatus,
                countBy("received_year::text", where + " AND received_year IS NOT NULL", arguments),
                countBy("mission", where, arguments),
                countBy("allegation_type", where, arguments),
                countBy("personnel_category", where, arguments),
                countBy("nationality", where + " AND nationality IS NOT NULL AND " + UNIFORMED, arguments),
                byYearAndCategory,
                count("referred_at IS NOT NULL OR investigation_opened_at IS NOT NULL OR completed_at IS NOT NULL", where, arguments),
                count("status = 'UNDER_INVESTIGATION'", where, arguments),
                count("'" + ClockName.EVIDENCE_PRESERVATION.wireName() + "' = ANY (breached_clocks)", where, arguments),
                sum("victims_registered", where, arguments),
                sum("victim_count", where, arguments),
                closedAtIntake(filter));
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

    private long count(String predicate, String where, Object[] arguments) {
        return jdbc.queryForObject("SELECT count(*) FROM disclosed_allegation" + where + " AND (" + predicate + ")",
                Long.class, arguments);
    }

    private long sum(String column, String where, Object[] arguments) {
        return jdbc.queryForObject("SELECT coalesce(sum(" + column + "), 0) FROM disclosed_allegation" + where,
                Long.class, arguments);
    }

    private Map<String, Long> countBy(String column, String where, Object[] arguments) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT coalesce(" + column + ", '" + Codes.NOT_RECORDED + "') AS value, count(*) AS n FROM disclosed_allegation"
                        + where + " GROUP BY 1",
                (ResultSet row) -> {
                    counts.put(row.getString("value"), row.getLong("n"));
                }, arguments);
        return counts;
    }
}
