package org.misconduct.reporting.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** What the page's filters offer: the years disclosed (newest first), the missions and the nationalities. */
record PublicFilterOptions(List<Integer> years, List<String> missions, List<String> nationalities) {

    /** Takes one row of the grouped options: a year, a mission or a nationality; a missing one is not offered. */
    void add(ResultSet row) throws SQLException {
        if (row.getBoolean("by_year")) {
            addPresent(years, row.getObject("received_year", Integer.class));
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
