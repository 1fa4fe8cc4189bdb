package org.misconduct.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.misconduct.local.ProjectRoot;
import org.misconduct.local.ServiceProcess;
import org.misconduct.testinfra.IdentityProvider;
import org.misconduct.testinfra.KafkaBroker;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestInfrastructure;

/**
 * The four services started from their jars, each in its own JVM, on the shared test infrastructure.
 * One system serves every system test of the JVM and stops with it.
 */
final class RunningSystem implements AutoCloseable {

    private static final String RATE_LIMITS_FOR_ONE_TEST_CLIENT = """
            {"misconduct":{"abuse-protection":{"submissions":{"requests":100000},"follow-ups":{"requests":100000},
                                               "public-disclosure":{"requests":100000}}}}""";

    private static RunningSystem shared;
    private static RuntimeException startupFailure;

    enum Service {
        INTAKE("intake-service", "intake_st"),
        INVESTIGATION("investigation-service", "investigation_st"),
        VICTIM_ASSISTANCE("victim-assistance-service", "victim_assistance_st"),
        REPORTING("reporting-service", "reporting_st");

        final String module;
        final String database;

        Service(String module, String database) {
            this.module = module;
            this.database = database;
        }
    }

    /** A clock short enough that a system test sees it breach. */
    static final Duration EVIDENCE_PRESERVATION_CLOCK = Duration.ofSeconds(20);

    private final Map<Service, ServiceProcess> services = new ConcurrentHashMap<>();
    private final Map<Service, Integer> managementPorts = new ConcurrentHashMap<>();
    private final SpanCollector spans = SpanCollector.start();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final IdentityProvider keycloak;
    private final KafkaBroker kafka;
    private final String keyEncryptionKey = ServiceTestProperties.newPersonalDataKey();
    private final String followUpCodeKey = ServiceTestProperties.newFollowUpCodeKey();
    private final String disclosureOrderKey = ServiceTestProperties.newDisclosureOrderKey();
    private final String screeningBlindIndexKey = ServiceTestProperties.newScreeningBlindIndexKey();

    private RunningSystem(IdentityProvider keycloak, KafkaBroker kafka) {
        this.keycloak = keycloak;
        this.kafka = kafka;
    }

    /**
     * The system every system test of this JVM shares, started on first use. A system that failed to start is stopped
     * at once, and every later test fails with the same cause rather than starting another set of services beside it.
     */
    static synchronized RunningSystem shared() {
        if (startupFailure != null) {
            throw new IllegalStateException("The system did not start; see the first failure", startupFailure);
        }
        if (shared == null) {
            RunningSystem system = new RunningSystem(TestInfrastructure.keycloak(), TestInfrastructure.kafka());
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "running-system-shutdown"));
            try {
                system.startServices();
            } catch (RuntimeException e) {
                startupFailure = e;
                system.close();
                throw e;
            }
            shared = system;
        }
        return shared;
    }

    private void startServices() {
        Path root = ProjectRoot.find();
        List<CompletableFuture<Void>> startups = new ArrayList<>();
        for (Service service : Service.values()) {
            PostgresDatabase database = TestInfrastructure.postgres(service.database);
            Map<String, String> environment = ServiceProcess.environment(database.jdbcUrl(), database.username(),
                    database.password(), kafka.bootstrapServers(), keycloak.issuerUri());
            environment.putAll(ServiceProcess.databaseRoles(database.name(), database.password()));
            environment.put("PERSONAL_DATA_KEY_ENCRYPTION_KEY", keyEncryptionKey);
            if (service == Service.INTAKE) {
                environment.put("FOLLOW_UP_CODE_KEY", followUpCodeKey);
            }
            if (service == Service.REPORTING) {
                environment.put("DISCLOSURE_ORDER_KEY", disclosureOrderKey);
            }
            if (service == Service.INVESTIGATION) {
                environment.put("SCREENING_BLIND_INDEX_KEY", screeningBlindIndexKey);
            }
            // Every request of the system tests comes from one address: rate limits sized for the public would refuse them.
            environment.put("SPRING_APPLICATION_JSON", RATE_LIMITS_FOR_ONE_TEST_CLIENT);
            environment.putAll(operations(service));
            ServiceProcess process = new ServiceProcess(root, service.module, freePort(), environment,
                    root.resolve("system-tests/target/service-logs"));
            services.put(service, process);
            startups.add(CompletableFuture.runAsync(process::start));
        }
        CompletableFuture.allOf(startups.toArray(CompletableFuture[]::new)).join();
    }

    /** Management port, JSON logs with the consumers' handling in them, spans sent to this JVM, a short clock. */
    private Map<String, String> operations(Service service) {
        int managementPort = freePort();
        managementPorts.put(service, managementPort);
        return Map.of(
                "MANAGEMENT_SERVER_PORT", Integer.toString(managementPort),
                "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs",
                "LOGGING_LEVEL_ORG_MISCONDUCT_STREAMING", "DEBUG",
                "MANAGEMENT_OTLP_TRACING_ENDPOINT", spans.endpoint(),
                "MISCONDUCT_CLOCKS_EVIDENCE_PRESERVATION", EVIDENCE_PRESERVATION_CLOCK.toString());
    }

    KafkaBroker kafka() {
        return kafka;
    }

    /** The spans every service of this system exported. */
    SpanCollector spans() {
        return spans;
    }

    String managementUrl(Service service) {
        return "http://localhost:" + managementPorts.get(service);
    }

    IdentityProvider keycloak() {
        return keycloak;
    }

    /** The key-encryption key every service of this system wraps its personal-data keys with. */
    String keyEncryptionKey() {
        return keyEncryptionKey;
    }

    Path logFile(Service service) {
        return services.get(service).logFile();
    }

    String baseUrl(Service service) {
        return services.get(service).baseUrl();
    }

    PostgresDatabase database(Service service) {
        return TestInfrastructure.postgres(service.database);
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, name -> keycloak.accessToken(name, name));
    }

    Response get(Service service, String path, String user) {
        return send(request(service, path, user).GET());
    }

    /** A request without a token but with one header, as a complainant following up sends it. */
    Response get(Service service, String path, String header, String value) {
        return send(request(service, path, null).header(header, value).GET());
    }

    Response post(Service service, String path, String user, String body) {
        return send(request(service, path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(Service service, String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(services.get(service).baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return request;
    }

    /** Any request, as built by the caller, with the answer's headers. */
    HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        services.values().parallelStream().forEach(ServiceProcess::stop);
        spans.stop();
    }

    record Response(int status, String body) {

        private static final ObjectMapper JSON = new ObjectMapper();

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
