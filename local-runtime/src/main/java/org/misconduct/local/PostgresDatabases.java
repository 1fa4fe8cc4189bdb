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

/** Creates and drops databases on a PostgreSQL server through a superuser connection. */
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
            if (!exists(connection, name)) {
                execute(connection, "CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " via " + adminJdbcUrl, e);
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
