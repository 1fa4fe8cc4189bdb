package org.misconduct.reporting.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers the rows of the grouped count into a {@link PublicSummary}: one row per grouping set and value.
 */
final class PublicSummaryCounts {

    private final Integer year;
    private final Map<String, Long> byStatus = new LinkedHashMap<>();
    private final Map<String, Long> byYear = new TreeMap<>();
    private final Map<String, Long> byMission = new TreeMap<>();
    private final Map<String, Long> byType = new TreeMap<>();
    private final Map<String, Long> byCategory = new TreeMap<>();
    private final Map<String, Long> byNationality = new TreeMap<>();
    private final Map<String, Map<String, Long>> byYearAndCategory = new TreeMap<>();
    private long allegations;
    private long referred;
    private long underInvestigation;
    private long evidenceClockBreaches;
    private long victims;
    private long victimsReported;

    PublicSummaryCounts(Integer year) {
        this.year = year;
        for (AllegationStatus status : AllegationStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
    }

    void add(ResultSet row) throws SQLException {
        long selected = row.getLong("allegations");
        String receivedYear = row.getString("received_year");
        if (row.getBoolean("by_year") && row.getBoolean("by_category")) {
            if (receivedYear != null) {
                byYearAndCategory.computeIfAbsent(receivedYear, key -> new TreeMap<>())
                        .put(row.getString("personnel_category"), selected);
            }
        } else if (row.getBoolean("by_status")) {
            putSelected(byStatus, row.getString("status"), selected);
        } else if (row.getBoolean("by_year")) {
            putSelected(byYear, receivedYear, selected);
        } else if (row.getBoolean("by_mission")) {
            putSelected(byMission, row.getString("mission"), selected);
        } else if (row.getBoolean("by_type")) {
            putSelected(byType, row.getString("allegation_type"), selected);
        } else if (row.getBoolean("by_category")) {
            putSelected(byCategory, row.getString("personnel_category"), selected);
        } else if (row.getBoolean("by_nationality")) {
            putSelected(byNationality, row.getString("nationality"), selected);
        } else {
            totals(row);
        }
    }

    private void totals(ResultSet row) throws SQLException {
        allegations = row.getLong("allegations");
        referred = row.getLong("referred");
        underInvestigation = row.getLong("under_investigation");
        evidenceClockBreaches = row.getLong("evidence_clock_breaches");
        victims = row.getLong("victims");
        victimsReported = row.getLong("victims_reported");
    }

    /** A value missing where it is counted (a year or a nationality) is not shown; elsewhere it is already named. */
    private static void putSelected(Map<String, Long> counts, String value, long selected) {
        if (value != null) {
            counts.put(value, selected);
        }
    }

    PublicSummary summary(long closedAtIntake) {
        return new PublicSummary(year, allegations, byStatus, byYear, byMission, byType, byCategory, byNationality,
                byYearAndCategory, referred, underInvestigation, evidenceClockBreaches, victims, victimsReported, closedAtIntake);
    }
}
