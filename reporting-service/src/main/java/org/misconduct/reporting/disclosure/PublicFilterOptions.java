package org.misconduct.reporting.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the page's filters offer: the years disclosed (newest first), the missions and the nationalities; and the
 * trend of every row (allegations per year and category), which the same pass counts.
 */
record PublicFilterOptions(List<Integer> years, List<String> missions, List<String> nationalities,
                           Map<String, Map<String, Long>> trend) {

    /**
     * Takes one row of the grouped options, in their order: a year and category, a mission or a nationality; a
     * missing one is not offered.
     */
    void add(ResultSet row) throws SQLException {
        if (row.getBoolean("by_year")) {
            Integer year = row.getObject("received_year", Integer.class);
            if (year != null) {
                if (years.isEmpty() || !years.get(years.size() - 1).equals(year)) {
                    years.add(year);
                }
                trend.computeIfAbsent(year.toString(), key -> new TreeMap<>()).put(row.getString("category"), row.getLong("n"));
            }
        } else if (row.getBoolean("by_mission")) {
            addPresent(missions, row.getString("mission"));
        } else {
            addPresent(nationalities, row.getString("nationality"));
        }
    }

    private static <T> void addPresent(List<T> values, T value) {
        if (value != null) {
            values.add(value);
        }
    }
}
