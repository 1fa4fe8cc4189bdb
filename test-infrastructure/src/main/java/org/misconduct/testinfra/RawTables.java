package org.misconduct.testinfra;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Looks for a plain-text value in every text, JSON and binary column of every table of a database,
 * the way someone holding a copy of the database would: event payloads and metadata, projections,
 * token and dead-letter tables alike.
 */
public final class RawTables {

    private static final Pattern SEALED = Pattern.compile("pd1:[A-Za-z0-9+/=]+");

    private RawTables() {
    }

    /** The {@code table.column} names whose raw contents hold the needle, in UTF-8 for binary columns. */
    public static List<String> columnsContaining(DataSource dataSource, String needle) {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Column column : searchableColumns(connection)) {
                if (contains(connection, column, needle)) {
                    found.add(column.table() + "." + column.name());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not scan the database", e);
        }
        return found;
    }

    /**
     * Every value sealed by a personal-data vault ({@code pd1:...}) found anywhere in the database, each once: what
     * someone with a copy of the database and the keys that still exist could try to open.
     */
    public static List<String> sealedValues(DataSource dataSource) {
        Set<String> sealed = new LinkedHashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Column column : searchableColumns(connection)) {
                sealed.addAll(sealedValuesIn(connection, column));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not scan the database", e);
        }
        return List.copyOf(sealed);
    }

    private static List<String> sealedValuesIn(Connection connection, Column column) throws SQLException {
        String name = quote(column.name());
        String asText = switch (column.type()) {
            case "bytea" -> "encode(" + name + ", 'escape')";
            case "oid" -> "encode(lo_get(" + name + "), 'escape')";
            default -> name + "::text";
        };
        List<String> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + asText + " FROM " + quote(column.table())
                + " WHERE strpos(" + asText + ", 'pd1:') > 0");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                SEALED.matcher(rows.getString(1)).results().map(MatchResult::group).forEach(found::add);
            }
        }
        return found;
    }

    private static List<Column> searchableColumns(Connection connection) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'oid')""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add(new Column(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return columns;
    }

    private static boolean contains(Connection connection, Column column, String needle) throws SQLException {
        String table = quote(column.table());
        String name = quote(column.name());
        String condition = switch (column.type()) {
            case "bytea" -> "position(? IN " + name + ") > 0";
            case "oid" -> "position(? IN lo_get(" + name + ")) > 0";
            default -> "strpos(" + name + "::text, ?) > 0";
        };
        try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE " + condition + ")")) {
            if (column.type().equals("bytea") || column.type().equals("oid")) {
                query.setBytes(1, needle.getBytes(StandardCharsets.UTF_8));
            } else {
                query.setString(1, needle);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private record Column(String table, String name, String type) {
    }
}
