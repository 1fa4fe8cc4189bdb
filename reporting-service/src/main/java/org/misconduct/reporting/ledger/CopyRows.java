package org.misconduct.reporting.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for a table, written in one {@code COPY … FROM STDIN} in PostgreSQL's text format, on the connection of the
 * transaction under way. A rebuild writes its rows this way: the server parses them as one stream, where a batch of
 * inserts binds and executes each row as a statement of its own. COPY only inserts, so it is for rows known to be new.
 */
public final class CopyRows {

    private static final HexFormat HEX = HexFormat.of();

    private final String table;
    private final String columns;
    private final StringBuilder text = new StringBuilder();
    private int rows;

    /** @param columns the columns' names, comma-separated, in the order {@link #add} takes their values */
    public CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    /**
     * Adds a row: {@code null}, a {@link String} (also for JSON columns), a number, a {@link Boolean}, an
     * {@link Instant} or {@link Timestamp}, a {@code String[]} for a text array, or a {@code byte[]}.
     */
    public CopyRows add(Object... values) {
        for (int column = 0; column < values.length; column++) {
            if (column > 0) {
                text.append('\t');
            }
            appendValue(values[column]);
        }
        text.append('\n');
        rows++;
        return this;
    }

    public int size() {
        return rows;
    }

    /** Copies the rows added since the last call into the table, on the transaction's connection, and forgets them. */
    public long copy(JdbcTemplate jdbc) {
        if (rows == 0) {
            return 0;
        }
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn(sql, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new SQLException("Cannot stream rows into " + table, e);
            }
        });
        text.setLength(0);
        rows = 0;
        return copied == null ? 0 : copied;
    }

    private void appendValue(Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String string) {
            appendEscaped(string);
        } else if (value instanceof Boolean bool) {
            text.append(bool ? 't' : 'f');
        } else if (value instanceof Number || value instanceof Instant) {
            text.append(value);
        } else if (value instanceof Timestamp timestamp) {
            text.append(timestamp.toInstant());
        } else if (value instanceof String[] array) {
            appendEscaped(arrayLiteral(array));
        } else if (value instanceof byte[] bytes) {
            HEX.formatHex(text.append("\\\\x"), bytes);
        } else {
            throw new IllegalArgumentException("COPY cannot write a " + value.getClass().getName());
        }
    }

    /** An array's literal: every element quoted, so no element is read as NULL or split at a comma. */
    private static String arrayLiteral(String[] elements) {
        StringBuilder literal = new StringBuilder("{");
        for (int index = 0; index < elements.length; index++) {
            if (index > 0) {
                literal.append(',');
            }
            literal.append('"').append(elements[index].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private void appendEscaped(String value) {
        if (!needsEscaping(value)) {
            text.append(value);
            return;
        }
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            switch (character) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(character);
            }
        }
    }

    private static boolean needsEscaping(String value) {
        return value.indexOf('\\') >= 0 || value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    }
}
