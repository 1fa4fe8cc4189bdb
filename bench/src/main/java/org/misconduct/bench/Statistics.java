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

    /**
     * Vacuums and analyses the connection's database, as autovacuum would between a benchmark's steps where it runs:
     * the row versions that updates and deletes left are otherwise still there, dead, in the tables and their indexes
     * the next step writes; then a checkpoint, so that step does not pay for the vacuum's writes. Returns the server's
     * autovacuum setting, as {@link #analyse} does.
     */
    static String vacuum(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
            statement.execute("CHECKPOINT");
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
