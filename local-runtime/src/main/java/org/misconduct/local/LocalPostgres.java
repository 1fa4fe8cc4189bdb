package org.misconduct.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The machine's PostgreSQL when one listens on the port, otherwise an embedded one with a persistent data directory. */
public final class LocalPostgres {

    public static final int DEFAULT_PORT = 5432;
    public static final List<String> SERVICE_DATABASES = List.of("intake", "investigation", "victim_assistance", "reporting");

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);
    private static final String HOST = "127.0.0.1";
    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "";

    private final int port;
    private final EmbeddedPostgres embedded;
    private final PostgresDatabases databases;

    private LocalPostgres(int port, EmbeddedPostgres embedded) {
        this.port = port;
        this.embedded = embedded;
        this.databases = new PostgresDatabases(jdbcUrl("postgres"), USERNAME, PASSWORD);
    }

    /** Port 5432, embedded data under {@code <project root>/.local/postgres}. */
    public static LocalPostgres startOrConnect() {
        return startOrConnect(DEFAULT_PORT, ProjectRoot.localDirectory().resolve("postgres"));
    }

    public static LocalPostgres startOrConnect(int port, Path embeddedDataDirectory) {
        if (Readiness.acceptsConnections(HOST, port)) {
            log.info("Using the PostgreSQL server already listening on {}:{}", HOST, port);
            return new LocalPostgres(port, null);
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
            return new LocalPostgres(port, embedded);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL on port " + port, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
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
