package org.misconduct.reporting.disclosure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The order of the public rows: year, month, mission, category, nationality and type, missing values last, then
 * the keyed hash of {@link DisclosureOrder}, which no two rows share. Never anything that follows receipt.
 * The stored column {@code public_key} holds these values as bytes that compare as the order does ({@link Position#key}),
 * so "the rows after this one" is one comparison its index answers with a probe (keyset pagination): a long selection
 * is read in short batches, and a page found by its cursor costs the same however deep it is.
 */
final class PublicOrder {

    static final String ORDER_BY = " ORDER BY public_key";
    private static final byte PRESENT = 0;
    private static final byte MISSING = 1;
    private static final int SIGN_BIT = 0x8000_0000;

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

        /**
         * The position as bytes whose unsigned comparison is the public order: each value marked present or missing
         * (after every present one), numbers big-endian with the sign bit flipped, text as UTF-8 ended by a zero byte
         * (stored text never holds one, so a shorter text that starts a longer one comes first), the keyed hash last.
         * Migration V28's {@code public_order_key} computes the same in the database.
         */
        byte[] key() {
            ByteArrayOutputStream key = new ByteArrayOutputStream(96);
            number(key, year);
            number(key, month);
            for (String text : new String[] {mission, personnelCategory, nationality, allegationType}) {
                text(key, text);
            }
            key.write(disclosureOrder == null ? MISSING : PRESENT);
            if (disclosureOrder != null) {
                key.writeBytes(disclosureOrder);
            }
            return key.toByteArray();
        }

        private static void number(ByteArrayOutputStream key, Integer value) {
            key.write(value == null ? MISSING : PRESENT);
            if (value != null) {
                int ordered = value ^ SIGN_BIT;
                key.write(ordered >>> 24);
                key.write(ordered >>> 16);
                key.write(ordered >>> 8);
                key.write(ordered);
            }
        }

        private static void text(ByteArrayOutputStream key, String value) {
            key.write(value == null ? MISSING : PRESENT);
            if (value != null) {
                key.writeBytes(value.getBytes(StandardCharsets.UTF_8));
                key.write(0);
            }
        }
    }

    /** The rows after {@code position} in the public order. */
    static void after(Position position, List<String> conditions, List<Object> arguments) {
        conditions.add("public_key > ?");
        arguments.add(position.key());
    }

    /**
     * The rows of {@code year}, as the range of positions it spans (a missing value sorts after every other): redundant
     * beside the year's own condition, but lets the index find the year's first row instead of reading up to it.
     */
    static void within(int year, List<String> conditions, List<Object> arguments) {
        conditions.add("public_key > ? AND public_key <= ?");
        arguments.add(yearEnd(year - 1));
        arguments.add(yearEnd(year));
    }

    private static byte[] yearEnd(int year) {
        return new Position(year, null, null, null, null, null, null).key();
    }
}
