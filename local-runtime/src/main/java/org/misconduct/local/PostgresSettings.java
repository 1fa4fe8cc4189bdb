package org.misconduct.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the local PostgreSQL server is and how to log in: libpq's variables {@code PGHOST}, {@code PGPORT},
 * {@code PGUSER} and {@code PGPASSWORD}, by default 127.0.0.1:5432 as {@code postgres} without a password.
 */
record PostgresSettings(String host, int port, String username, String password) {

    /** The PostgreSQL major version of every path: the machine's server, embedded, containers and deployments. */
    static final int MAJOR_VERSION = readMajorVersion();

    private static final Set<String> THIS_MACHINE = Set.of("127.0.0.1", "localhost", "::1");
    /** An embedded server's superuser, as zonky's embedded PostgreSQL creates it. */
    private static final String EMBEDDED_USER = "postgres";

    static PostgresSettings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static PostgresSettings fromEnvironment(Map<String, String> environment) {
        return new PostgresSettings(
                environment.getOrDefault("PGHOST", "127.0.0.1"),
                Integer.parseInt(environment.getOrDefault("PGPORT", "5432")),
                environment.getOrDefault("PGUSER", "postgres"),
                environment.getOrDefault("PGPASSWORD", ""));
    }

    PostgresSettings onPort(int otherPort) {
        return new PostgresSettings(host, otherPort, username, password);
    }

    PostgresSettings embedded() {
        return new PostgresSettings(host, port, EMBEDDED_USER, "");
    }

    boolean isThisMachine() {
        return THIS_MACHINE.contains(host);
    }

    private static int readMajorVersion() {
        try (InputStream in = PostgresSettings.class.getResourceAsStream("local-runtime.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return Integer.parseInt(properties.getProperty("postgresql.major"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
