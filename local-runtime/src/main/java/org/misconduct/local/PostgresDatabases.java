package org.misconduct.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and drops databases on a PostgreSQL server through a superuser connection. Each database is owned by its
 * role {@code <database>_owner}, under which migrations run, and the service connects as {@code <database>_service},
 * which may only do what the migrations grant it (as in the deployments).
 */
public final class PostgresDatabases {

    private static final Logger log = LoggerFactory.getLogger(PostgresDatabases.class);
    // Database names end up in DDL, which cannot take bind parameters.
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String adminJdbcUrl;
    private final String username;
    private final String password;

    /** @param adminJdbcUrl a URL of a database that is never dropped, such as {@code postgres} */
    public PostgresDatabases(String adminJdbcUrl, String username, String password) {
        this.adminJdbcUrl = adminJdbcUrl;
        this.username = username;
        this.password = password;
    }

    public void ensureExists(String database) {
        String name = checked(database);
        try (Connection connection = connect()) {
            ensureRole(connection, ownerRole(name));
            ensureRole(connection, serviceRole(name));
            if (!exists(connection, name)) {
                execute(connection, "CREATE DATABASE " + name + " OWNER " + ownerRole(name));
            } else {
                execute(connection, "ALTER DATABASE " + name + " OWNER TO " + ownerRole(name));
                handOverToOwner(name);
            }
            execute(connection, "GRANT CONNECT ON DATABASE " + name + " TO " + serviceRole(name));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " via " + adminJdbcUrl, e);
        }
    }

    /** The role that owns the database and runs its migrations. */
    public static String ownerRole(String database) {
        return checked(database) + "_owner";
    }

    /** The role the service connects as. */
    public static String serviceRole(String database) {
        return checked(database) + "_service";
    }

    /** The roles log in with the administrator's password, which trust authentication ignores. */
    private void ensureRole(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet result = query.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
        }
        String passwordClause = password == null || password.isEmpty() ? "" : " PASSWORD '" + password.replace("'", "''") + "'";
        execute(connection, "CREATE ROLE " + role + " LOGIN" + passwordClause);
    }

    /** A database made before it had an owner role: its schema objects pass to the owner, so migrations may alter them. */
    private void handOverToOwner(String database) throws SQLException {
        String url = adminJdbcUrl.substring(0, adminJdbcUrl.lastIndexOf('/') + 1) + database;
        try (Connection connection = DriverManager.getConnection(url, username, password)) {
            execute(connection, """
                    DO $$
                    DECLARE
                        object RECORD;
                    BEGIN
                        FOR object IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v', 'm', 'p')
                                        AND pg_get_userbyid(c.relowner) <> '%1$s'
                                        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                                        AND d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP
                            EXECUTE format(CASE object.relkind WHEN 'S' THEN 'ALTER SEQUENCE %%I OWNER TO %%I'
                                                               WHEN 'v' THEN 'ALTER VIEW %%I OWNER TO %%I'
                                                               WHEN 'm' THEN 'ALTER MATERIALIZED VIEW %%I OWNER TO %%I'
                                                               ELSE 'ALTER TABLE %%I OWNER TO %%I' END, object.relname, '%1$s');
                        END LOOP;
                        FOR object IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                                      WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '%1$s' LOOP
                            EXECUTE format('ALTER FUNCTION %%s OWNER TO %%I', object.signature, '%1$s');
                        END LOOP;
                    END
                    $$""".formatted(ownerRole(database)));
        }
    }

    /** Drops the database even while clients are connected to it. */
    public void drop(String database) {
        String name = checked(database);
        try (Connection connection = connect()) {
            execute(connection, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + name + " via " + adminJdbcUrl, e);
        }
    }

    /** Tells, without failing, when the server is of another major version than development and deployments use. */
    public void warnUnlessMajorVersion(int expected) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW server_version_num")) {
            result.next();
            int major = result.getInt(1) / 10_000;
            if (major != expected) {
                log.warn("PostgreSQL at {} is version {}, the project uses {} everywhere else", adminJdbcUrl, major, expected);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the server version via " + adminJdbcUrl, e);
        }
    }

    public void recreate(String database) {
        drop(database);
        ensureExists(database);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(adminJdbcUrl, username, password);
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String checked(String database) {
        if (database == null || !SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case database name: " + database);
        }
        return database;
    }
}
