package org.misconduct.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka broker (broker and controller in one) running in its own JVM, restartable on the
 * same ports and data directory.
 */
public final class LocalKafkaBroker {

    public static final int DEFAULT_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final String CLASSPATH_RESOURCE = "kafka-broker-classpath.txt";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);

    private final int port;
    private final int controllerPort;
    private final Path dataDirectory;
    private Process process;

    public LocalKafkaBroker(int port, int controllerPort, Path dataDirectory) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDirectory = dataDirectory.toAbsolutePath();
    }

    /** Ports 9092/9093, data under {@code <project root>/.local/kafka}. */
    public static LocalKafkaBroker withDefaults() {
        return new LocalKafkaBroker(DEFAULT_PORT, DEFAULT_CONTROLLER_PORT, ProjectRoot.localDirectory().resolve("kafka"));
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return dataDirectory.resolve("broker.log");
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Formats the storage on first use, starts the broker and returns once it answers a cluster description. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        long startedAt = System.nanoTime();
        try {
            Files.createDirectories(dataDirectory);
            Path serverProperties = writeServerProperties();
            Path logbackConfiguration = writeLogbackConfiguration();
            formatStorageOnce(serverProperties, logbackConfiguration);
            process = launch(logbackConfiguration, "kafka.Kafka", serverProperties.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Kafka in " + dataDirectory, e);
        }
        Readiness.await("Kafka broker on port " + port, process, logFile(), STARTUP_TIMEOUT,
                () -> Readiness.acceptsConnections(HOST, port) && describesCluster());
        log.info("Kafka broker ready on {} in {} ms", bootstrapServers(), (System.nanoTime() - startedAt) / 1_000_000);
    }

    /** Shuts the broker down (gracefully if it manages within a minute) and waits for its JVM to exit. */
    public synchronized void stop() {
        Readiness.stop(process, SHUTDOWN_GRACE);
        process = null;
    }

    private Path writeServerProperties() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        settings.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("log.dirs", dataDirectory.resolve("logs").toString());
        // As deployed: a topic exists only once declared, with its partitions; never by being named.
        settings.put("auto.create.topics.enable", "false");
        settings.put("offsets.topic.replication.factor", "1");
        // The defaults (50 partitions) make the first consumer group wait seconds on two cores.
        settings.put("offsets.topic.num.partitions", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("transaction.state.log.num.partitions", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        StringBuilder text = new StringBuilder();
        settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path file = dataDirectory.resolve("server.properties");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private Path writeLogbackConfiguration() throws IOException {
        Path file = dataDirectory.resolve("logback.xml");
        Files.writeString(file, """
                <configuration>
                    <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                        <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
                    </appender>
                    <logger name="org.apache.kafka.common.config.AbstractConfig" level="WARN"/>
                    <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """, StandardCharsets.UTF_8);
        return file;
    }

    private void formatStorageOnce(Path serverProperties, Path logbackConfiguration) throws IOException {
        if (Files.exists(dataDirectory.resolve("logs/meta.properties"))) {
            return;
        }
        Process format = launch(logbackConfiguration, "kafka.tools.StorageTool",
                "format", "--ignore-formatted", "--cluster-id", clusterId(), "--config", serverProperties.toString());
        try {
            if (!format.waitFor(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting Kafka storage failed; see " + logFile());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", interrupted);
        }
    }

    /** KRaft storage is bound to a cluster id, so keep it beside the data it belongs to. */
    private String clusterId() throws IOException {
        Path file = dataDirectory.resolve("cluster-id");
        if (!Files.exists(file)) {
            Files.writeString(file, Uuid.randomUuid().toString(), StandardCharsets.UTF_8);
        }
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }

    private Process launch(Path logbackConfiguration, String mainClass, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Readiness.javaExecutable().toString(), "-Xms128m", "-Xmx512m",
                "-Dlogback.configurationFile=" + logbackConfiguration,
                "-cp", brokerClasspath(), mainClass));
        command.addAll(Arrays.asList(arguments));
        return new ProcessBuilder(command)
                .directory(dataDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
    }

    private boolean describesCluster() {
        Map<String, Object> settings = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(settings)) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", interrupted);
        } catch (Exception notReadyYet) {
            return false;
        }
    }

    /**
     * The jars Maven resolved for kafka_2.13 when this module was built (maven-dependency-plugin build-classpath).
     * Read from a file rather than this JVM's class path because kafka_2.13 is deliberately not on the latter.
     */
    static String brokerClasspath() {
        try (InputStream in = LocalKafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing; rebuild local-runtime");
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            List<String> missing = Arrays.stream(classpath.split(File.pathSeparator))
                    .filter(entry -> !Files.exists(Path.of(entry)))
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Kafka broker jars are missing (local Maven repository changed?); "
                        + "rebuild local-runtime. Missing: " + missing);
            }
            return classpath;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + CLASSPATH_RESOURCE, e);
        }
    }
}
