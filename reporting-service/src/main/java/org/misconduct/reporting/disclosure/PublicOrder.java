package org.misconduct.reporting.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * The order of the public rows: year, month, mission, category, nationality and type, missing values last, then
 * the keyed hash of {@link DisclosureOrder}, which no two rows share. Never anything that follows receipt.
 * The stored column {@code public_position} holds these values as one composite value, whose comparison puts a missing
 * value last, so "the rows after this one" is one comparison its index answers with a probe (keyset pagination): a
 * long selection is read in short batches, and a page found by its cursor costs the same however deep it is.
 */
final class PublicOrder {

    static final String ORDER_BY = " ORDER BY public_position";
    private static final String POSITION = "ROW(?::integer, ?::smallint, ?::varchar, ?::varchar, ?::varchar, ?::varchar,"
            + " ?::bytea)::public_position";
    private static final String YEAR_END = "ROW(?::integer, NULL, NULL, NULL, NULL, NULL, NULL)::public_position";

    private PublicOrder() {
    }

    /** Where a row stands in the order: its year, month, mission, category, nationality, type and keyed hash. */
    record Position(Integer year, Integer month, String mission, String personnelCategory, String nationality,
                    String allegationType, byte[] disclosureOrder) {

        static Position of(ResultSet row) throws SQLException {
            return new Position(row.getObject("received_year", Integer.class), row.getObject("received_month", Integer.class),
                    row.getString("mission"), row.getString("personnel_category"), row.getString("nationality"),
                    row.getString("allegation_type"), row.getBytes("disclosure_order"));
        }

        List<Object> values() {
            return Arrays.asList(year, month, mission, personnelCategory, nationality, allegationType, disclosureOrder);
        }
    }

    /** The rows after {@code position} in the public order. */
    static void after(Position position, List<String> conditions, List<Object> arguments) {
        conditions.add("public_position > " + POSITION);
        arguments.addAll(position.values());
    }

    /**
     * The rows of {@code year}, as the range of positions it spans (a missing value sorts after every other): redundant
     * beside the year's own condition, but lets the index find the year's first row instead of reading up to it.
     */
    static void within(int year, List<String> conditions, List<Object> arguments) {
        conditions.add("public_position > " + YEAR_END + " AND public_position <= " + YEAR_END);
        arguments.add(year - 1);
        arguments.add(year);
    }
}
