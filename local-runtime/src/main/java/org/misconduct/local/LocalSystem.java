package org.misconduct.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole system on this machine without Docker: PostgreSQL, Kafka, Keycloak and the four services.
 * Stays up until Ctrl-C, then stops everything in reverse order.
 */
public final class LocalSystem {

    record Service(String module, String database, int port) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("intake-service", "intake", 8081),
            new Service("investigation-service", "investigation", 8082),
            new Service("victim-assistance-service", "victim_assistance", 8083),
            new Service("reporting-service", "reporting", 8084));

    static final String INFRASTRUCTURE_ONLY = "--infrastructure-only";
    private static final String KEY_VARIABLE = "PERSONAL_DATA_KEY_ENCRYPTION_KEY";
    private static final String FOLLOW_UP_KEY_VARIABLE = "FOLLOW_UP_CODE_KEY";
    private static final String DISCLOSURE_ORDER_KEY_VARIABLE = "DISCLOSURE_ORDER_KEY";
    private static final String SCREENING_BLIND_INDEX_KEY_VARIABLE = "SCREENING_BLIND_INDEX_KEY";
    private static final int LOG_TAIL_LINES = 40;
    private static final Logger console = LoggerFactory.getLogger("org.misconduct.local.console");

    private final Path root;
    private final Deque<Runnable> stopActions = new ConcurrentLinkedDeque<>();
    private LocalPostgres postgres;
    private LocalKafkaBroker kafka;
    private LocalKeycloak keycloak;

    LocalSystem(Path root) {
        this.root = root;
    }

    /** With {@value #INFRASTRUCTURE_ONLY}: PostgreSQL, Kafka and Keycloak only, for running a service from an IDE. */
    public static void main(String[] args) throws InterruptedException {
        boolean infrastructureOnly = List.of(args).contains(INFRASTRUCTURE_ONLY);
        LocalSystem system = new LocalSystem(ProjectRoot.find());
        Runtime.getRuntime().addShutdownHook(new Thread(system::stopAll, "local-system-shutdown"));
        if (!system.startInfrastructure() || !infrastructureOnly && !system.startServices()) {
            System.exit(1);
        }
        if (infrastructureOnly) {
            system.printHowToRunAService();
        } else {
            system.printHowToUse();
        }
        new CountDownLatch(1).await();
    }

    /** @return false if anything failed to start; what did start is stopped by the shutdown hook */
    boolean startInfrastructure() {
        console.info("Starting the misconduct case management system from {}", root);
        try {
            postgres = LocalPostgres.startOrConnect(LocalPostgres.DEFAULT_PORT, root.resolve(".local/postgres"));
            stopActions.push(postgres::stop);
            postgres.ensureServiceDatabases();

            kafka = new LocalKafkaBroker(LocalKafkaBroker.DEFAULT_PORT, LocalKafkaBroker.DEFAULT_CONTROLLER_PORT,
                    root.resolve(".local/kafka"));
            stopActions.push(kafka::stop);
            kafka.start();

            keycloak = new LocalKeycloak(LocalKeycloak.DEFAULT_PORT, root.resolve(".local/keycloak-" + LocalKeycloak.VERSION),
                    root.resolve(".local/logs/keycloak.log"));
            stopActions.push(keycloak::stop);
            keycloak.start();
        } catch (RuntimeException e) {
            console.warn("Infrastructure failed to start: {}", e.getMessage());
            return false;
        }
        return true;
    }

    /** The services do not depend on each other, so they start side by side. */
    private boolean startServices() {
        List<ServiceProcess> services = SERVICES.stream().map(this::serviceProcess).toList();
        services.forEach(service -> stopActions.push(service::stop));
        ExecutorService starters = Executors.newFixedThreadPool(services.size());
        List<CompletableFuture<Void>> startups = new ArrayList<>();
        for (ServiceProcess service : services) {
            console.info("Starting {} (log: {})", service.module(), service.logFile());
            startups.add(CompletableFuture.runAsync(service::start, starters));
        }
        starters.shutdown();
        boolean allReady = true;
        for (int i = 0; i < services.size(); i++) {
            ServiceProcess service = services.get(i);
            try {
                startups.get(i).join();
            } catch (RuntimeException e) {
                allReady = false;
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                console.warn("{} failed: {}", service.module(), cause.getMessage());
                console.warn("---- last {} lines of {} ----", LOG_TAIL_LINES, service.logFile());
                console.warn("{}", service.logTail(LOG_TAIL_LINES));
                console.warn("----");
            }
        }
        return allReady;
    }

    private ServiceProcess serviceProcess(Service service) {
        Map<String, String> environment = ServiceProcess.environment(
                postgres.jdbcUrl(service.database()), postgres.username(), postgres.password(),
                kafka.bootstrapServers(), keycloak.issuerUri());
        environment.putAll(ServiceProcess.databaseRoles(service.database(), postgres.password()));
        environment.put(KEY_VARIABLE, DevelopmentKeys.personalDataKeyEncryptionKey(root.resolve(".local")));
        if (service.module().equals("intake-service")) {
            environment.put(FOLLOW_UP_KEY_VARIABLE, DevelopmentKeys.followUpCodeKey(root.resolve(".local")));
        }
        if (service.module().equals("reporting-service")) {
            environment.put(DISCLOSURE_ORDER_KEY_VARIABLE, DevelopmentKeys.disclosureOrderKey(root.resolve(".local")));
        }
        if (service.module().equals("investigation-service")) {
            environment.put(SCREENING_BLIND_INDEX_KEY_VARIABLE, DevelopmentKeys.screeningBlindIndexKey(root.resolve(".local")));
        }
        return new ServiceProcess(root, service.module(), service.port(), environment);
    }

    private void stopAll() {
        if (stopActions.isEmpty()) {
            return;
        }
        console.info("Stopping...");
        Runnable stopAction;
        while ((stopAction = stopActions.poll()) != null) {
            try {
                stopAction.run();
            } catch (RuntimeException e) {
                console.warn("While stopping: {}", e.getMessage());
            }
        }
        console.info("Stopped.");
    }

    private void printHowToRunAService() {
        StringBuilder text = new StringBuilder("\nPostgreSQL, Kafka and Keycloak are running; no service is.\n")
                .append("Run a service from your IDE (its main class, e.g. IntakeApplication) with these variables:\n\n");
        for (Service service : SERVICES) {
            text.append("  ").append(service.module()).append(":\n");
            serviceProcess(service).environment().forEach((name, value) -> text.append("    ").append(name).append('=')
                    .append(secretOrValue(name, value)).append('\n'));
        }
        text.append("\nPress Ctrl-C to stop.\n");
        console.info("{}", text);
    }

    /** Secrets are printed as the command that reads them, never in clear. */
    private static String secretOrValue(String name, String value) {
        return switch (name) {
            case KEY_VARIABLE -> "$(cat .local/" + DevelopmentKeys.FILE_NAME + ")";
            case FOLLOW_UP_KEY_VARIABLE -> "$(cat .local/" + DevelopmentKeys.FOLLOW_UP_FILE_NAME + ")";
            case DISCLOSURE_ORDER_KEY_VARIABLE -> "$(cat .local/" + DevelopmentKeys.DISCLOSURE_ORDER_FILE_NAME + ")";
            case SCREENING_BLIND_INDEX_KEY_VARIABLE -> "$(cat .local/" + DevelopmentKeys.SCREENING_BLIND_INDEX_FILE_NAME + ")";
            default -> value;
        };
    }

    private void printHowToUse() {
        StringBuilder text = new StringBuilder("\nThe misconduct case management system is running.\n\n");
        for (Service service : SERVICES) {
            String url = "http://localhost:" + service.port();
            text.append(String.format("  %-27s %s   Swagger UI: %s/swagger-ui.html%n", service.module(), url, url));
        }
        text.append(String.format("  %-27s %s   (realm %s; admin console %s/admin, user %s, password %s)%n",
                "Keycloak", keycloak.baseUrl(), LocalKeycloak.REALM, keycloak.baseUrl(),
                LocalKeycloak.ADMIN_CONSOLE_USER, LocalKeycloak.ADMIN_CONSOLE_PASSWORD));
        text.append(String.format("  %-27s %s   (log: %s)%n", "Kafka", kafka.bootstrapServers(), kafka.logFile()));
        text.append(String.format("  %-27s %s (user %s, %s)%n", "PostgreSQL", postgres.jdbcUrl("<database>"),
                postgres.username(), postgres.isEmbedded() ? "embedded, data in .local/postgres" : "the machine's server"));
        text.append(String.format("  %-27s %s%n", "Logs", root.resolve(".local/logs")));
        text.append("\nUsers (password = user name): intake.officer, focal.point, investigator.oios, investigator.nio (Member State XAA),\n")
                .append("  investigator.nio.xab (Member State XAB), victim.officer, conduct.officer, screening.officer, auditor, admin\n")
                .append("\nGet a token:\n  TOKEN=$(curl -s -d client_id=").append(AccessTokens.CLIENT_ID)
                .append(" -d grant_type=password -d username=intake.officer -d password=intake.officer ")
                .append(keycloak.issuerUri()).append("/protocol/openid-connect/token | jq -r .access_token)\n")
                .append("  curl -H \"Authorization: Bearer $TOKEN\" http://localhost:8081/api/v1/allegations\n")
                .append("\nPress Ctrl-C to stop.\n");
        console.info("{}", text);
    }
}
