package org.misconduct.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One of the services, started from its Spring Boot jar ({@code <module>/target/<module>.jar}) in its own JVM. */
public final class ServiceProcess {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    /** Generous: on a loaded machine four services, Kafka and Keycloak start at once. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final String module;
    private final int port;
    private final Path jar;
    private final Path logFile;
    private final Map<String, String> environment;
    private Process process;

    /**
     * @param environment variables for the service, typically from {@link #environment}; SERVER_PORT is added
     */
    public ServiceProcess(Path projectRoot, String module, int port, Map<String, String> environment) {
        this(projectRoot, module, port, environment, projectRoot.resolve(".local/logs"));
    }

    /** @param logDirectory where {@code <module>.log} goes (tests keep theirs apart from a running development system) */
    public ServiceProcess(Path projectRoot, String module, int port, Map<String, String> environment, Path logDirectory) {
        this.module = module;
        this.port = port;
        this.jar = projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
        this.logFile = logDirectory.resolve(module + ".log");
        this.environment = new LinkedHashMap<>(environment);
        this.environment.put("SERVER_PORT", Integer.toString(port));
    }

    /** The variables that point a service at its database, the Kafka broker and the identity provider. */
    public static Map<String, String> environment(String jdbcUrl, String databaseUsername, String databasePassword,
                                                  String kafkaBootstrapServers, String issuerUri) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SPRING_DATASOURCE_URL", jdbcUrl);
        environment.put("SPRING_DATASOURCE_USERNAME", databaseUsername);
        environment.put("SPRING_DATASOURCE_PASSWORD", databasePassword);
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuerUri);
        return environment;
    }

    /**
     * The variables that make a service connect as its own role and migrate as the database's
     * owner (see {@link PostgresDatabases}); the migrations grant the former what it may do.
     */
    public static Map<String, String> databaseRoles(String database, String password) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SPRING_DATASOURCE_USERNAME", PostgresDatabases.serviceRole(database));
        environment.put("SPRING_DATASOURCE_PASSWORD", password);
        environment.put("SPRING_FLYWAY_USER", PostgresDatabases.ownerRole(database));
        environment.put("SPRING_FLYWAY_PASSWORD", password);
        return environment;
    }

    public String module() {
        return module;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** The variables the service starts with. */
    public Map<String, String> environment() {
        return Collections.unmodifiableMap(environment);
    }

    /** Starts the jar and returns once its readiness probe on the service port, {@code /readyz}, answers 200. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist; build it with mvn -DskipTests install");
        }
        long startedAt = System.nanoTime();
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(Readiness.javaExecutable().toString(), "-jar", jar.toString())
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + jar, e);
        }
        Readiness.await(module, process, logFile, STARTUP_TIMEOUT,
                () -> Readiness.answersOk(baseUrl() + "/readyz"));
        log.info("{} ready on {} in {} ms", module, baseUrl(), (System.nanoTime() - startedAt) / 1_000_000);
    }

    public synchronized void stop() {
        Readiness.stop(process, SHUTDOWN_GRACE);
        process = null;
    }

    public String logTail(int lines) {
        return Readiness.tail(logFile, lines);
    }
}
