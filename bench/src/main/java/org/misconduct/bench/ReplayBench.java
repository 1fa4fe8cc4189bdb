package org.misconduct.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.local.LocalKafkaBroker;
import org.misconduct.local.LocalPostgres;
import org.misconduct.local.ServiceProcess;
import org.misconduct.streaming.CloudEventCodec;

/**
 * Reporting's rebuild of its projections beside Kafka's own consumer on the same topic: the intake topic is filled with
 * registrations and assessments (half each), reporting-service's jar receives them all into its ledger, the database is
 * vacuumed as autovacuum would have done meanwhile, then an admin asks for the rebuild, twice (the first in code the
 * service has not run yet, the second in code it has, over the row versions the first left), then once more after
 * another vacuum (so the first and the third differ by the code's warm-up, the second and the third by the dead rows),
 * and the benchmark reads each one's rate from the status;
 * {@code kafka-consumer-perf-test} (Kafka's {@code ConsumerPerformance}, from Maven Central as the broker is) then
 * reads the same records.
 */
final class ReplayBench {

    private static final String DATABASE = "reporting_replay_bench" + System.getenv().getOrDefault("MISCONDUCT_TEST_DATABASE_SUFFIX", "");
    private static final Duration GIVE_UP = Duration.ofMinutes(15);
    private static final Duration STALLED = Duration.ofMinutes(3);
    private static final Duration REPORT_EVERY = Duration.ofMinutes(1);

    private final Path root;
    private final int events;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ReplayBench(Path root, int events) {
        this.root = root;
        this.events = events - events % 2;
    }

    String run() throws Exception {
        LocalPostgres postgres = LocalPostgres.startOrConnect();
        LocalKafkaBroker kafka = new LocalKafkaBroker(Ports.freePair(), Ports.freePair(), Files.createTempDirectory("bench-kafka-"));
        ServiceProcess reporting = null;
        try (BenchIssuer issuer = new BenchIssuer()) {
            kafka.start();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(Topics.INTAKE, 4, (short) 1))).all().get();
            }
            publish(kafka.bootstrapServers());
            postgres.recreateDatabase(DATABASE);
            Map<String, String> environment = ServiceProcess.environment(postgres.jdbcUrl(DATABASE), postgres.username(),
                    postgres.password(), kafka.bootstrapServers(), issuer.issuer());
            environment.put("DISCLOSURE_ORDER_KEY", Ports.randomKey());
            environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            environment.put("JAVA_TOOL_OPTIONS", ServiceJvm.options("reporting-service"));
            reporting = new ServiceProcess(root, "reporting-service", Ports.freePair(), environment, root.resolve(".local/logs/bench"));
            Instant started = Instant.now();
            reporting.start();
            Duration received = awaitLedger(postgres, kafka.bootstrapServers(), started);
            String autovacuum = vacuum(postgres);
            String token = issuer.accessToken("admin.bench", "admin");
            JsonNode first = rebuild(reporting.baseUrl(), token);
            JsonNode second = rebuild(reporting.baseUrl(), token);
            vacuum(postgres);
            JsonNode third = rebuild(reporting.baseUrl(), token);
            System.err.println("rebuilds: " + first + ", " + second + ", " + third);
            double firstRate = first.path("eventsPerSecond").asDouble();
            double secondRate = second.path("eventsPerSecond").asDouble();
            double vacuumedRate = third.path("eventsPerSecond").asDouble();
            double kafkaRate = ConsumerPerformance.messagesPerSecond(kafka.bootstrapServers(), Topics.INTAKE, events);
            return ("replay %s %d cores, %d events on %s (4 partitions): received into the ledger in %.1f s from start-up "
                    + "(%.0f events/s); rebuild %d events at %.0f events/s, again at %.0f events/s over the first one's "
                    + "dead rows, after a vacuum at %.0f events/s; kafka-consumer-perf-test %.0f records/s; ratio %.3f, "
                    + "again %.3f, after a vacuum %.3f; autovacuum %s, database vacuumed once the ledger was full and "
                    + "after the second rebuild")
                    .formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), events, Topics.INTAKE,
                            received.toMillis() / 1000.0, events * 1000.0 / Math.max(1, received.toMillis()),
                            first.path("eventsDone").asLong(), firstRate, secondRate, vacuumedRate, kafkaRate,
                            firstRate / kafkaRate, secondRate / kafkaRate, vacuumedRate / kafkaRate, autovacuum);
        } finally {
            if (reporting != null) {
                reporting.stop();
            }
            kafka.stop();
            postgres.dropDatabase(DATABASE);
            postgres.stop();
        }
    }

    private void publish(String bootstrapServers) throws Exception {
        CloudEventCodec codec = PublishedEvents.codec();
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        Instant receivedAt = Instant.parse("2026-03-01T10:00:00Z");
        URI source = URI.create("/intake-service");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings)) {
            for (int n = 1; n <= events / 2; n++) {
                String caseReference = "ALG-2026-%06d".formatted(n);
                Instant at = receivedAt.plusSeconds(n * 60L);
                List<PublishedEvent> pair = List.of(
                        new AllegationRegistered(caseReference, "MINUSCA", "WEB", "MC", "XAA", 1, false, at),
                        new AllegationAssessed(caseReference, n % 2 == 0 ? "SA" : "SE", null, "MC", "X" + (char) ('A' + n % 26) + "A",
                                "BATT-" + n % 10, 1, false, "NORMAL", at.plusSeconds(3600)));
                for (PublishedEvent event : pair) {
                    producer.send(new ProducerRecord<>(Topics.INTAKE, caseReference,
                            codec.encode(event, UUID.randomUUID().toString(), source, at)));
                }
            }
            producer.flush();
        }
    }

    private static Connection connect(LocalPostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password());
    }

    /** Vacuums the database (see {@link Statistics}); returns the server's autovacuum setting. */
    private static String vacuum(LocalPostgres postgres) throws Exception {
        try (Connection connection = connect(postgres)) {
            return Statistics.vacuum(connection);
        }
    }

    /**
     * Waits until the ledger holds every event, telling every minute how many records are still to be taken, and gives
     * up only once that number has not changed for {@link #STALLED}: a million events take the listener a quarter of an
     * hour or more. The ledger is counted only once the service's consumer has taken every record: counting scans the
     * whole ledger, and counting it twice a second while it fills took the database's time from the listener being
     * measured.
     */
    private Duration awaitLedger(LocalPostgres postgres, String bootstrapServers, Instant since) throws Exception {
        long lastRemaining = -1;
        Instant lastProgress = Instant.now();
        Instant nextReport = Instant.now().plus(REPORT_EVERY);
        try (ConsumerLag lag = new ConsumerLag(bootstrapServers);
             Connection connection = connect(postgres);
             Statement statement = connection.createStatement()) {
            while (Duration.between(lastProgress, Instant.now()).compareTo(STALLED) < 0) {
                long remaining = lag.records();
                if (remaining == 0) {
                    try (ResultSet count = statement.executeQuery("SELECT count(*) FROM received_event")) {
                        count.next();
                        remaining = Math.max(0, events - count.getLong(1));
                    }
                    if (remaining == 0) {
                        return Duration.between(since, Instant.now());
                    }
                }
                // Any change is progress: a partition whose consumer has not committed yet is not counted at first.
                if (remaining != lastRemaining) {
                    lastRemaining = remaining;
                    lastProgress = Instant.now();
                }
                if (Instant.now().isAfter(nextReport)) {
                    System.err.printf("ledger: %d of %d records still to take after %d s%n", remaining, events,
                            Duration.between(since, Instant.now()).toSeconds());
                    nextReport = Instant.now().plus(REPORT_EVERY);
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("The ledger stopped filling short of " + events + " events: nothing taken for "
                + STALLED);
    }

    private JsonNode rebuild(String baseUrl, String token) throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/projections/rebuild"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (started.statusCode() != 202) {
            throw new IllegalStateException("Rebuild refused: " + started.statusCode() + " " + started.body());
        }
        Instant giveUpAt = Instant.now().plus(GIVE_UP);
        while (Instant.now().isBefore(giveUpAt)) {
            JsonNode status = json.readTree(http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/projections/status"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            JsonNode rebuild = status.path("rebuild");
            String state = rebuild.path("state").asText();
            if (state.equals("SUCCEEDED")) {
                return rebuild;
            }
            if (state.equals("FAILED")) {
                throw new IllegalStateException("Rebuild failed: " + rebuild);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The rebuild did not finish within " + GIVE_UP);
    }
}
