package org.misconduct.testinfra;

import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.misconduct.local.PostgresDatabases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The one place where tests get PostgreSQL, Kafka and Keycloak. Each is started on first use, shared by all
 * tests in the JVM and stopped when the JVM exits. Testcontainers is used where a Docker engine answers,
 * local processes elsewhere; system property or environment variable {@value #MODE_PROPERTY}
 * ({@code containers} or {@code local}) forces one. Environment variable {@value #DATABASE_SUFFIX} keeps the
 * databases of two checkouts apart.
 */
public final class TestInfrastructure {

    public static final String MODE_PROPERTY = "misconduct.test.infrastructure";

    /** Environment variable appended to every test database's name, so two checkouts can run their tests at once. */
    public static final String DATABASE_SUFFIX = "MISCONDUCT_TEST_DATABASE_SUFFIX";

    public enum Mode { CONTAINERS, LOCAL }

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final Deque<Runnable> shutdownActions = new ConcurrentLinkedDeque<>();
    private static final Set<String> preparedDatabases = new HashSet<>();

    private static Mode mode;
    private static InfrastructureBackend backend;
    private static PostgresServer postgresServer;
    private static KafkaBroker kafka;
    private static IdentityProvider identityProvider;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::shutdown, "test-infrastructure-shutdown"));
    }

    private TestInfrastructure() {
    }

    /** The database, dropped and created anew the first time this JVM asks for it; its name carries the suffix. */
    public static synchronized PostgresDatabase postgres(String name) {
        String databaseName = name + System.getenv().getOrDefault(DATABASE_SUFFIX, "");
        if (postgresServer == null) {
            postgresServer = backend().startPostgres();
        }
        if (preparedDatabases.add(databaseName)) {
            new PostgresDatabases(postgresServer.jdbcUrl("postgres"), postgresServer.username(), postgresServer.password())
                    .recreate(databaseName);
        }
        return new PostgresDatabase(postgresServer.jdbcUrl(databaseName), postgresServer.username(), postgresServer.password());
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = backend().startKafka();
        }
        return kafka;
    }

    public static synchronized IdentityProvider keycloak() {
        if (identityProvider == null) {
            identityProvider = backend().startIdentityProvider();
        }
        return identityProvider;
    }

    public static synchronized Mode mode() {
        if (mode == null) {
            mode = chooseMode();
            log.info("Test infrastructure runs as {}", mode == Mode.CONTAINERS ? "Docker containers" : "local processes");
        }
        return mode;
    }

    static void onShutdown(Runnable action) {
        shutdownActions.push(action);
    }

    private static InfrastructureBackend backend() {
        if (backend == null) {
            backend = mode() == Mode.CONTAINERS ? new ContainersBackend() : new LocalProcessesBackend();
        }
        return backend;
    }

    private static Mode chooseMode() {
        String configured = System.getProperty(MODE_PROPERTY);
        if (configured == null) {
            configured = System.getenv("MISCONDUCT_TEST_INFRASTRUCTURE");
        }
        if (configured != null && !configured.isBlank()) {
            return Mode.valueOf(configured.trim().toUpperCase(Locale.ROOT));
        }
        return dockerAnswers() ? Mode.CONTAINERS : Mode.LOCAL;
    }

    /** Says why Docker was rejected, so a Docker that is there but unusable is not taken for no Docker at all. */
    private static boolean dockerAnswers() {
        try {
            DockerClientFactory.instance().client();
            return true;
        } catch (RuntimeException rejected) {
            log.info("No usable Docker engine, so no containers: {}", rejected.getMessage());
            return false;
        }
    }

    private static void shutdown() {
        Runnable action;
        while ((action = shutdownActions.poll()) != null) {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.warn("Stopping test infrastructure failed", e);
            }
        }
    }
}
