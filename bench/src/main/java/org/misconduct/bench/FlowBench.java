package org.misconduct.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.misconduct.local.LocalKafkaBroker;
import org.misconduct.local.LocalPostgres;
import org.misconduct.local.ServiceProcess;

/**
 * A complaint's way through the system at a steady rate, through the three services' jars and Kafka: each complaint is
 * submitted to intake, assessed and referred to OIOS by an intake officer at once; the benchmark then watches the
 * investigation queue's read model and the public read model (what the public summary counts) for its case. Latencies
 * run from the answer to the staff action that makes the case due there: the referral for the queue, the assessment for
 * the public figures. The same rate runs first for the warm-up's time (30 s unless told), and drains, unmeasured: three
 * freshly started JVMs compile their code meanwhile, which no long-running system does. Draining ends when every
 * awaited case arrived and no consumer group on the broker has a record left to take.
 */
final class FlowBench {

    private static final String SUFFIX = System.getenv().getOrDefault("MISCONDUCT_TEST_DATABASE_SUFFIX", "");
    private static final Duration DRAIN = Duration.ofMinutes(3);
    /** Between the warm-up and the measured run, what the services cost doing nothing. */
    private static final Duration IDLE = Duration.ofSeconds(10);
    private static final Pattern CASE_REFERENCE = Pattern.compile("\"caseReference\"\\s*:\\s*\"([^\"]+)\"");
    private static final String COMPLAINT = """
            {"mission":"MINUSCA","description":"A soldier asked for sex in exchange for food near the camp gate.",\
            "language":"en","personnelCategory":"MC","allegedNationality":"FRA","victimCount":1,"minorInvolved":false}""";
    private static final String ASSESSMENT = """
            {"allegationType":"SA","seaCategory":"TRANSACTIONAL_SEX","personnelCategory":"MC","nationality":"FRA",\
            "contingentUnit":"FRA-BATT-%d","victimCount":1,"minorInvolved":false,"priority":"NORMAL"}""";
    /** Complaints name one of this many units: a mission's contingents, not one unit gathering every allegation. */
    private static final int CONTINGENT_UNITS = 60;

    private final Path root;
    private final int perSecond;
    private final Duration duration;
    private final Duration warmUp;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Arrivals toQueue = new Arrivals("case_view");
    private final Arrivals toPublic = new Arrivals("disclosed_allegation");
    private final AtomicLong complaints = new AtomicLong();
    private final StepFailures failures = new StepFailures();
    private final AtomicLong referred = new AtomicLong();

    FlowBench(Path root, int perSecond, Duration duration, Duration warmUp) {
        this.root = root;
        this.perSecond = perSecond;
        this.duration = duration;
        this.warmUp = warmUp;
    }

    String run() throws Exception {
        LocalPostgres postgres = LocalPostgres.startOrConnect();
        LocalKafkaBroker kafka = new LocalKafkaBroker(Ports.freePair(), Ports.freePair(), Files.createTempDirectory("bench-kafka-"));
        List<ServiceProcess> services = new ArrayList<>();
        List<String> databases = List.of("intake_flow_bench" + SUFFIX, "investigation_flow_bench" + SUFFIX, "reporting_flow_bench" + SUFFIX);
        try (BenchIssuer issuer = new BenchIssuer()) {
            String machine = new MachineAnchor().measure(postgres, root.resolve(".local/logs/bench"));
            kafka.start();
            for (String database : databases) {
                postgres.recreateDatabase(database);
            }
            ServiceProcess intake = start(services, "intake-service", databases.get(0), postgres, kafka, issuer);
            start(services, "investigation-service", databases.get(1), postgres, kafka, issuer);
            start(services, "reporting-service", databases.get(2), postgres, kafka, issuer);
            String officer = issuer.accessToken("intake.officer.bench", "intake-officer");
            try (Connection investigation = connect(postgres, databases.get(1));
                 Connection reporting = connect(postgres, databases.get(2));
                 ConsumerLag lag = new ConsumerLag(kafka.bootstrapServers())) {
                ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
                watcher.scheduleWithFixedDelay(() -> watch(investigation, reporting), 0, 20, TimeUnit.MILLISECONDS);
                send(intake.baseUrl(), officer, warmUp);
                long warmUpUntaken = lag.awaitCaughtUp(this::allArrived, DRAIN);
                String warmedUp = "warm-up %ds: %d referred, %d failed %s, %d not arrived%s".formatted(warmUp.toSeconds(),
                        referred.get(), failures.total(), failures, toQueue.awaited() + toPublic.awaited(),
                        untaken(warmUpUntaken));
                forgetWarmUp();
                String statistics = analyse(postgres, databases);
                CpuUse idleFrom = CpuUse.now();
                Thread.sleep(IDLE.toMillis());
                String idle = CpuUse.now().perUnitSince(idleFrom, IDLE.toSeconds());
                CpuUse before = CpuUse.now();
                long sent = send(intake.baseUrl(), officer, duration);
                long runUntaken = lag.awaitCaughtUp(this::allArrived, DRAIN);
                String cpu = CpuUse.now().perUnitSince(before, referred.get());
                watcher.shutdownNow();
                return ("flow %s %d cores, %d complaints/s asked for %ds: %d sent, %d referred%s; to the investigation queue "
                        + "%s; to the public figures %s%s").formatted(
                        LocalDate.now(), Runtime.getRuntime().availableProcessors(), perSecond, duration.toSeconds(), sent,
                        referred.get(), failures.total() == 0 ? "" : ", " + failures.total() + " failed " + failures,
                        toQueue.describe(), toPublic.describe(), untaken(runUntaken))
                        + "; CPU per complaint (ms): " + cpu + "; idle CPU per second (ms): " + idle + "; after " + warmedUp
                        + "; " + statistics + "; " + machine;
            }
        } finally {
            for (ServiceProcess service : services) {
                service.stop();
            }
            kafka.stop();
            for (String database : databases) {
                postgres.dropDatabase(database);
            }
            postgres.stop();
        }
    }

    /** Analyses the three databases once warmed up (see {@link Statistics}). */
    private static String analyse(LocalPostgres postgres, List<String> databases) throws Exception {
        String autovacuum = "";
        for (String database : databases) {
            try (Connection connection = connect(postgres, database)) {
                autovacuum = Statistics.analyse(connection);
            }
        }
        return "autovacuum " + autovacuum + ", databases analysed after the warm-up";
    }

    private boolean allArrived() {
        return toQueue.awaited() + toPublic.awaited() == 0;
    }

    private static String untaken(long records) {
        return records == 0 ? "" : ", " + records + " records not yet taken by a consumer";
    }

    /** The warm-up runs the services' code until it is compiled; only what follows it is measured. */
    private void forgetWarmUp() {
        toQueue.clear();
        toPublic.clear();
        failures.clear();
        referred.set(0);
    }

    /** Starts one complaint every 1/rate seconds for the given time, each on a worker of its own, and waits for them. */
    private long send(String intake, String officer, Duration sending) throws InterruptedException {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ExecutorService workers = Executors.newFixedThreadPool(64);
        AtomicLong sent = new AtomicLong();
        long total = perSecond * sending.toSeconds();
        clock.scheduleAtFixedRate(() -> {
            if (sent.incrementAndGet() <= total) {
                workers.execute(() -> complaint(intake, officer));
            }
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        while (sent.get() < total) {
            Thread.sleep(50);
        }
        clock.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        return total;
    }

    private void complaint(String intake, String officer) {
        try {
            HttpResponse<String> receipt = post(URI.create(intake + "/api/v1/complaints"), COMPLAINT, null);
            Matcher reference = CASE_REFERENCE.matcher(receipt.body());
            if (receipt.statusCode() != 201 || !reference.find()) {
                failures.record("complaint " + receipt.statusCode());
                return;
            }
            String caseReference = reference.group(1);
            URI allegation = URI.create(intake + "/api/v1/allegations/" + caseReference);
            String assessment = ASSESSMENT.formatted(complaints.incrementAndGet() % CONTINGENT_UNITS);
            int assessed = post(URI.create(allegation + "/assessment"), assessment, officer).statusCode();
            if (assessed / 100 != 2) {
                failures.record("assessment " + assessed);
                return;
            }
            toPublic.expect(caseReference);
            int referredStatus = post(URI.create(allegation + "/referral"), "{\"investigatingEntity\":\"OIOS\"}", officer).statusCode();
            if (referredStatus / 100 != 2) {
                failures.record("referral " + referredStatus);
                return;
            }
            toQueue.expect(caseReference);
            referred.incrementAndGet();
        } catch (Exception e) {
            failures.record(e.getClass().getSimpleName());
        }
    }

    private HttpResponse<String> post(URI uri, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Records each awaited case once its row is in the read model. */
    private void watch(Connection investigation, Connection reporting) {
        try {
            toQueue.look(investigation);
            toPublic.look(reporting);
        } catch (Exception e) {
            failures.record("watching " + e.getClass().getSimpleName());
        }
    }

    private ServiceProcess start(List<ServiceProcess> services, String module, String database, LocalPostgres postgres,
                                 LocalKafkaBroker kafka, BenchIssuer issuer) {
        Map<String, String> environment = ServiceProcess.environment(postgres.jdbcUrl(database), postgres.username(),
                postgres.password(), kafka.bootstrapServers(), issuer.issuer());
        environment.put("PERSONAL_DATA_KEY_ENCRYPTION_KEY", Ports.randomKey());
        environment.put("FOLLOW_UP_CODE_KEY", Ports.randomKey());
        environment.put("SCREENING_BLIND_INDEX_KEY", Ports.randomKey());
        environment.put("DISCLOSURE_ORDER_KEY", Ports.randomKey());
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        environment.put("SPRING_APPLICATION_JSON", "{\"misconduct.abuse-protection.submissions.requests\": 1000000000}");
        environment.put("JAVA_TOOL_OPTIONS", ServiceJvm.options(module));
        ServiceProcess service;
        try {
            service = new ServiceProcess(root, module, Ports.freePair(), environment, root.resolve(".local/logs/bench"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        services.add(service);
        service.start();
        return service;
    }

    private static Connection connect(LocalPostgres postgres, String database) throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
