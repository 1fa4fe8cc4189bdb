package org.misconduct.reporting.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the public projection. The summary is computed from the public rows, so it cannot disclose more than they do. */
@Component
class PublicAllegations {

    static final String NOT_KNOWN = "UNKNOWN";

    private final JdbcTemplate jdbc;

    PublicAllegations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every criterion is optional; the mission matches regardless of case. */
    List<PublicAllegation> find(Integer year, String mission, String nationality) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (year != null) {
            conditions.add("received_year = ?");
            arguments.add(year);
        }
        if (mission != null) {
            conditions.add("upper(mission) = upper(?)");
            arguments.add(mission);
        }
        if (nationality != null) {
            conditions.add("nationality = ?");
            arguments.add(nationality);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.query("SELECT * FROM public_allegation" + where
                        + " ORDER BY received_year NULLS LAST, received_month NULLS LAST, received_at NULLS LAST, case_reference",
                PublicAllegations::publicAllegationOf, arguments.toArray());
    }

    PublicSummary summarize(int year) {
        List<PublicAllegation> allegations = find(year, null, null);
        Map<AllegationStatus, Long> statuses = new EnumMap<>(AllegationStatus.class);
        for (AllegationStatus status : AllegationStatus.values()) {
            statuses.put(status, 0L);
        }
        allegations.forEach(allegation -> statuses.merge(allegation.status(), 1L, Long::sum));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        statuses.forEach((status, count) -> byStatus.put(status.name(), count));
        return new PublicSummary(
                year,
                allegations.size(),
                byStatus,
                countBy(allegations, PublicAllegation::mission),
                countBy(allegations, PublicAllegation::allegationType),
                countBy(allegations, PublicAllegation::personnelCategory),
                allegations.stream().filter(allegation -> !allegation.status().isBefore(AllegationStatus.REFERRED)).count(),
                allegations.stream().filter(allegation -> allegation.status() == AllegationStatus.UNDER_INVESTIGATION).count(),
                allegations.stream().filter(allegation -> allegation.breachedClocks().contains(PublicAllegationState.EVIDENCE_CLOCK)).count(),
                allegations.stream().mapToLong(PublicAllegation::victimsRegistered).sum(),
                allegations.stream().map(PublicAllegation::victimCount).filter(Objects::nonNull).mapToLong(Integer::longValue).sum());
    }

    private static Map<String, Long> countBy(List<PublicAllegation> allegations, Function<PublicAllegation, String> key) {
        return allegations.stream().collect(Collectors.groupingBy(
                allegation -> Objects.requireNonNullElse(key.apply(allegation), NOT_KNOWN), TreeMap::new, Collectors.counting()));
    }

    private static PublicAllegation publicAllegationOf(ResultSet row, int rowNumber) throws SQLException {
        List<String> breachedClocks = PublicAllegationProjection.textArray(row, "breached_clocks");
        Boolean withinClock = row.getObject("evidence_preserved_within_clock", Boolean.class);
        String personnelCategory = row.getString("personnel_category");
        // The projection stores no other nationality; checked again because disclosing one would be irreversible.
        String nationality = PublicAllegationState.UNIFORMED.contains(personnelCategory) ? row.getString("nationality") : null;
        return new PublicAllegation(
                row.getObject("received_year", Integer.class),
                row.getObject("received_month", Integer.class),
                row.getString("mission"),
                personnelCategory,
                nationality,
                row.getString("allegation_type"),
                row.getObject("victim_count", Integer.class),
                row.getObject("minor_involved", Boolean.class),
                row.getInt("victims_registered"),
                row.getInt("minor_victims"),
                row.getInt("adult_victims"),
                row.getInt("unknown_age_victims"),
                row.getString("investigating_entity"),
                AllegationStatus.valueOf(row.getString("status")),
                dateOf(PublicAllegationProjection.instant(row, "received_at")),
                dateOf(PublicAllegationProjection.instant(row, "referred_at")),
                dateOf(PublicAllegationProjection.instant(row, "investigation_opened_at")),
                withinClock != null,
                withinClock,
                breachedClocks.size(),
                breachedClocks);
    }

    private static LocalDate dateOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
