package org.misconduct.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server named by the environment ({@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD};
 * by default the machine's on 127.0.0.1:5432 as {@code postgres} without a password) when one answers, otherwise, on
 * this machine only, an embedded one with a persistent data directory.
 */
public final class LocalPostgres {

    public static final int DEFAULT_PORT = PostgresSettings.fromEnvironment().port();
    /** The PostgreSQL major version every path uses: this machine's, embedded, containers, compose and Kubernetes. */
    public static final int MAJOR_VERSION = PostgresSettings.MAJOR_VERSION;
    public static final List<String> SERVICE_DATABASES = List.of("intake", "investigation", "victim_assistance", "reporting");

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

    private final PostgresSettings settings;
    private final EmbeddedPostgres embedded;
    private final PostgresDatabases databases;

    private LocalPostgres(PostgresSettings settings, EmbeddedPostgres embedded) {
        this.settings = settings;
        this.embedded = embedded;
        this.databases = new PostgresDatabases(jdbcUrl("postgres"), settings.username(), settings.password());
    }

    /** The environment's server, or one embedded with its data under {@code <project root>/.local/postgres}. */
    public static LocalPostgres startOrConnect() {
        return startOrConnect(DEFAULT_PORT, ProjectRoot.localDirectory().resolve("postgres"));
    }

    public static LocalPostgres startOrConnect(int port, Path embeddedDataDirectory) {
        PostgresSettings settings = PostgresSettings.fromEnvironment().onPort(port);
        if (Readiness.acceptsConnections(settings.host(), port)) {
            log.info("Using the PostgreSQL server already listening on {}:{}", settings.host(), port);
            LocalPostgres server = new LocalPostgres(settings, null);
            server.databases.warnUnlessMajorVersion(MAJOR_VERSION);
            return server;
        }
        if (!settings.isThisMachine()) {
            throw new IllegalStateException("PostgreSQL does not answer on " + settings.host() + ":" + port
                    + " (PGHOST, PGPORT); an embedded server is started only on this machine");
        }
        log.info("Starting embedded PostgreSQL on port {} with data in {}", port, embeddedDataDirectory);
        try {
            Files.createDirectories(embeddedDataDirectory);
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(embeddedDataDirectory)
                    .setCleanDataDirectory(false)
                    // Our owners stop it in order, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .start();
            return new LocalPostgres(settings.embedded(), embedded);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL on port " + port, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + settings.host() + ":" + settings.port() + "/" + database;
    }

    public String host() {
        return settings.host();
    }

    public int port() {
        return settings.port();
    }

    public String username() {
        return settings.username();
    }

    public String password() {
        return settings.password();
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public void ensureServiceDatabases() {
        ensureDatabases(SERVICE_DATABASES);
    }

    public void ensureDatabases(Collection<String> names) {
        names.forEach(databases::ensureExists);
    }

    public void createDatabase(String name) {
        databases.ensureExists(name);
    }

    public void dropDatabase(String name) {
        databases.drop(name);
    }

    public void recreateDatabase(String name) {
        databases.recreate(name);
    }

    /** Stops the embedded server; a server that was already running is left alone. */
    public void stop() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
