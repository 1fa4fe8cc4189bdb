package org.misconduct.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.misconduct.local.LocalKafkaBroker;
import org.misconduct.local.LocalPostgres;
import org.misconduct.local.ServiceProcess;

/**
 * Complaints per second and their latency through intake-service as deployed (its jar, its own JVM, PostgreSQL and a
 * Kafka broker it publishes to), at each concurrency beside pgbench's durable-insert rate at the same concurrency, and
 * then, intake stopped, beside the stack's floor ({@link org.misconduct.bench.floor.StackFloor}): the same clients
 * posting the same complaint to a service with intake's web edge and one durable insert behind it.
 */
final class IntakeBench {

    private static final String DATABASE = "intake_bench" + System.getenv().getOrDefault("MISCONDUCT_TEST_DATABASE_SUFFIX", "");
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    /** A complaint as intake and the stack's floor take it. */
    static final String COMPLAINT = """
            {"mission":"MINUSCA","description":"A soldier asked for sex in exchange for food near the camp gate.",\
            "language":"en","personnelCategory":"MC","allegedNationality":"FRA","victimCount":1,"minorInvolved":false,\
            "complainant":{"name":"A. Complainant","contact":"+236 70 00 00 00","isVictim":true}}""";

    private final Path root;
    private final Duration perConcurrency;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    IntakeBench(Path root, Duration perConcurrency) {
        this.root = root;
        this.perConcurrency = perConcurrency;
    }

    String run() throws Exception {
        LocalPostgres postgres = LocalPostgres.startOrConnect();
        LocalKafkaBroker kafka = new LocalKafkaBroker(Ports.freePair(), Ports.freePair(), Files.createTempDirectory("bench-kafka-"));
        ServiceProcess intake = null;
        DurableInserts baseline = null;
        try {
            kafka.start();
            postgres.recreateDatabase(DATABASE);
            int port = Ports.freePair();
            intake = new ServiceProcess(root, "intake-service", port, environment(postgres, kafka), root.resolve(".local/logs/bench"));
            intake.start();
            URI complaints = URI.create(intake.baseUrl() + "/api/v1/complaints");
            LoadRun.run(8, WARM_UP, () -> submit(complaints));
            baseline = new DurableInserts(postgres);
            List<LoadRun.Result> results = new ArrayList<>();
            List<Double> pgbench = new ArrayList<>();
            for (int concurrency : Bench.CONCURRENCIES) {
                results.add(LoadRun.run(concurrency, perConcurrency, () -> submit(complaints)));
                pgbench.add(baseline.perSecond(concurrency, perConcurrency));
            }
            intake.stop();
            intake = null;
            List<LoadRun.Result> floor = floor(postgres, baseline);
            List<String> figures = new ArrayList<>();
            for (int index = 0; index < results.size(); index++) {
                figures.add(figures(results.get(index), pgbench.get(index), floor.get(index)));
            }
            return "intake %s %d cores, %ds each: %s".formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                    perConcurrency.toSeconds(), String.join("; ", figures));
        } finally {
            if (intake != null) {
                intake.stop();
            }
            if (baseline != null) {
                baseline.drop();
            }
            kafka.stop();
            postgres.dropDatabase(DATABASE);
            postgres.stop();
        }
    }

    private static String figures(LoadRun.Result intake, double pgbench, LoadRun.Result floor) {
        return "%s, pgbench %.0f/s, ratio %.3f; the stack's floor %.1f/s p99 %.1f ms%s, ratio %.3f".formatted(intake.figures(),
                pgbench, intake.perSecond() / pgbench, floor.perSecond(), floor.p99Millis(),
                floor.failed() == 0 ? "" : " (" + floor.failed() + " failed)", floor.perSecond() / pgbench);
    }

    /** The stack's floor at each concurrency, after a warm-up as long as intake's, with the same clients and complaint. */
    private List<LoadRun.Result> floor(LocalPostgres postgres, DurableInserts baseline) throws Exception {
        try (StackFloorProcess floor = StackFloorProcess.start(postgres, baseline.database(), root.resolve(".local/logs/bench"), COMPLAINT)) {
            LoadRun.run(8, WARM_UP, () -> submit(floor.submissions()));
            List<LoadRun.Result> results = new ArrayList<>();
            for (int concurrency : Bench.CONCURRENCIES) {
                results.add(LoadRun.run(concurrency, perConcurrency, () -> submit(floor.submissions())));
            }
            return results;
        }
    }

    private boolean submit(URI complaints) throws IOException, InterruptedException {
        return submit(http, complaints);
    }

    /** Posts {@link #COMPLAINT}; true when it was stored (201). */
    static boolean submit(HttpClient http, URI complaints) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(complaints).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(COMPLAINT)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
    }

    /** The service as run.sh starts it, with the public submission limit lifted: every request comes from here. */
    private static Map<String, String> environment(LocalPostgres postgres, LocalKafkaBroker kafka) {
        Map<String, String> environment = ServiceProcess.environment(postgres.jdbcUrl(DATABASE), postgres.username(),
                postgres.password(), kafka.bootstrapServers(), "http://127.0.0.1:1/realms/misconduct");
        environment.put("PERSONAL_DATA_KEY_ENCRYPTION_KEY", Ports.randomKey());
        environment.put("FOLLOW_UP_CODE_KEY", Ports.randomKey());
        environment.put("SPRING_APPLICATION_JSON",
                "{\"misconduct.abuse-protection.submissions.requests\": 1000000000}");
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        environment.put("JAVA_TOOL_OPTIONS", ServiceJvm.options("intake-service"));
        return environment;
    }
}
