package org.misconduct.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What autovacuum does as a benchmark's tables grow, done once they are filled: where it is off (as on the
 * development machine) the planner would go on taking them for the empty tables they started as, and scan them.
 */
final class Statistics {

    private Statistics() {
    }

    /** Analyses the connection's database; returns the server's autovacuum setting ("on" or "off"). */
    static String analyse(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        return autovacuum(connection);
    }

    /** The server's autovacuum setting, "on" or "off". */
    static String autovacuum(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("SHOW autovacuum")) {
            setting.next();
            return setting.getString(1);
        }
    }
}
