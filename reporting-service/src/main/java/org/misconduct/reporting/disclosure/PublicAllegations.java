package org.misconduct.reporting.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Codes;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the public projection, and is the one place that decides which of its columns the public
 * sees. The summary counts the same rows, so it cannot disclose more than they do.
 */
@Component
class PublicAllegations {

    private static final String UNIFORMED = Arrays.stream(PersonnelCategory.values()).filter(PersonnelCategory::uniformed)
            .map(category -> "'" + category.name() + "'").collect(Collectors.joining(", ", "personnel_category IN (", ")"));
    static final int BATCH = 500;
    private static final String WITHDRAWING = DisclosureRules.WITHDRAWING.stream().map(reason -> "'" + reason.name() + "'")
            .collect(Collectors.joining(", ", "closure_reason IN (", ")"));
    private static final TypeReference<Map<String, PaternityClaim>> CLAIMS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    PublicAllegations(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /**
     * Hands every row selected to {@code each}, in the public order, reading {@value #BATCH} rows at a time: memory
     * stays the same however many rows there are, and no connection is held while {@code each} writes to a client.
     */
    void forEach(PublicFilter filter, Consumer<PublicAllegation> each) {
        PublicOrder.Position after = null;
        List<Positioned> batch;
        do {
            List<String> conditions = new ArrayList<>();
            List<Object> arguments = new ArrayList<>();
            if (after != null) {
                PublicOrder.after(after, conditions, arguments);
            }
            batch = select(filter, conditions, arguments, " LIMIT " + BATCH);
            batch.forEach(row -> each.accept(row.allegation()));
            after = batch.isEmpty() ? null : batch.get(batch.size() - 1).position();
        } while (batch.size() == BATCH);
    }

    /** One page of the rows selected, in the public order. */
    List<PublicAllegation> page(PublicFilter filter, PublicSlice slice) {
        return select(filter, new ArrayList<>(), new ArrayList<>(), " LIMIT " + slice.size() + " OFFSET " + slice.offset())
                .stream().map(Positioned::allegation).toList();
    }

    private List<Positioned> select(PublicFilter filter, List<String> conditions, List<Object> arguments, String limit) {
        PublicFilter.Condition condition = filter.condition();
        String where = condition.sql();
        List<Object> all = new ArrayList<>(List.of(condition.arguments()));
        if (!conditions.isEmpty()) {
            where += (where.isEmpty() ? " WHERE " : " AND ") + String.join(" AND ", conditions);
            all.addAll(arguments);
        }
        return jdbc.query("SELECT * FROM disclosed_allegation" + where + PublicOrder.ORDER_BY + limit,
                (row, number) -> new Positioned(publicAllegationOf(row, number), PublicOrder.Position.of(row)), all.toArray());
    }

    private record Positioned(PublicAllegation allegation, PublicOrder.Position position) {
    }

    /** The years for which allegations are disclosed, newest first. */
    List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT received_year FROM disclosed_allegation WHERE received_year IS NOT NULL"
                + " ORDER BY received_year DESC", Integer.class);
    }

    /** The missions for which allegations are disclosed, in alphabetical order. */
    List<String> missions() {
        return jdbc.queryForList("SELECT DISTINCT mission FROM disclosed_allegation WHERE mission IS NOT NULL ORDER BY mission",
                String.class);
    }

    /** The nationalities disclosed, in alphabetical order. */
    List<String> nationalities() {
        return jdbc.queryForList("SELECT DISTINCT nationality FROM disclosed_allegation WHERE nationality IS NOT NULL AND "
                + UNIFORMED + " ORDER BY nationality", String.class);
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

    private PublicAllegation publicAllegationOf(ResultSet row, int rowNumber) throws SQLException {
        String personnelCategory = row.getString("personnel_category");
        // The projection stores no other nationality; checked again because disclosing one would be irreversible.
        String nationality = DisclosureRules.isUniformed(personnelCategory) ? row.getString("nationality") : null;
        return new PublicAllegation(
                row.getObject("received_year", Integer.class),
                row.getObject("received_month", Integer.class),
                row.getString("mission"),
                personnelCategory,
                nationality,
                row.getString("allegation_type"),
                row.getInt("victims_registered"),
                row.getInt("minor_victims"),
                row.getInt("adult_victims"),
                row.getInt("unknown_age_victims"),
                row.getString("investigating_entity"),
                AllegationStatus.valueOf(row.getString("status")),
                row.getObject("days_taken", Long.class),
                row.getString("finding"),
                PublicAllegationProjection.textArray(row, "interim_actions"),
                PublicAllegationProjection.textArray(row, "final_actions"),
                PublicAllegationProjection.textArray(row, "criminal_referrals"),
                List.copyOf(paternityClaimStatuses(row.getString("paternity_claims"))),
                PublicAllegationProjection.textArray(row, "criminal_referral_statuses"));
    }

    private java.util.SortedSet<String> paternityClaimStatuses(String json) {
        try {
            return PaternityClaim.statusesOf(objectMapper.readValue(json, CLAIMS).values());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read paternity claims", e);
        }
    }
}
