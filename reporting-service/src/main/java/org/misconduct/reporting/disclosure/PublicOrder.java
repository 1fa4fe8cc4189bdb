package org.misconduct.reporting.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of the public rows: year, month, mission, category, nationality and type, missing values last, then
 * the keyed hash of {@link DisclosureOrder}, which no two rows share. Never anything that follows receipt.
 * Also the condition for the rows after a given one, so a long selection can be read in short batches (keyset
 * pagination) without holding a database connection while a client downloads.
 */
final class PublicOrder {

    static final List<String> COLUMNS = List.of("received_year", "received_month", "mission", "personnel_category",
            "nationality", "allegation_type", "disclosure_order");
    /** Ascending with nulls last, as the index {@code public_allegation_public_order} is built. */
    static final String ORDER_BY = " ORDER BY " + String.join(", ", COLUMNS);

    private PublicOrder() {
    }

    /** Where a row stands in the order: its values of {@link #COLUMNS}. */
    record Position(List<Object> values) {

        static Position of(ResultSet row) throws SQLException {
            List<Object> values = new ArrayList<>();
            for (String column : COLUMNS) {
                values.add(row.getObject(column));
            }
            return new Position(values);
        }
    }

    /**
     * The rows after {@code position}: for some column, every earlier column equal and this one later, where a
     * missing value sorts after every value.
     */
    static void after(Position position, List<String> conditions, List<Object> arguments) {
        List<String> alternatives = new ArrayList<>();
        List<Object> alternativeArguments = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            Object value = position.values().get(i);
            if (value == null) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (int earlier = 0; earlier < i; earlier++) {
                terms.add(COLUMNS.get(earlier) + " IS NOT DISTINCT FROM ?");
                alternativeArguments.add(position.values().get(earlier));
            }
            terms.add("(" + COLUMNS.get(i) + " > ? OR " + COLUMNS.get(i) + " IS NULL)");
            alternativeArguments.add(value);
            alternatives.add(String.join(" AND ", terms));
        }
        conditions.add(alternatives.isEmpty() ? "FALSE" : "(" + String.join(" OR ", alternatives) + ")");
        arguments.addAll(alternativeArguments);
    }
}
