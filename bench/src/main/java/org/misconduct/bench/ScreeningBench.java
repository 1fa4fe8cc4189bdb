package org.misconduct.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.HdrHistogram.Histogram;
import org.misconduct.contracts.codes.ScreeningOutcome;
import org.misconduct.contracts.codes.ScreeningRecordKind;
import org.misconduct.local.LocalKafkaBroker;
import org.misconduct.local.LocalPostgres;
import org.misconduct.local.ServiceProcess;
import org.postgresql.PGConnection;

/**
 * A single screening check through investigation-service's jar at many subjects: p50 and p99 of
 * {@code POST /api/v1/screening/checks}, each answered from the screening records and recorded as an event, one officer
 * asking at a time and then eight at once. Half the checks name a subject (by service number, or by name and date of
 * birth written otherwise), half a stranger; a check counts only if its outcome is the one expected. The subjects are
 * written straight into the screening-records read model, as its projection would leave them, with blind indexes
 * under the service's key; only the checks are measured.
 */
final class ScreeningBench {

    private static final String DATABASE = "investigation_screening_bench" + System.getenv().getOrDefault("MISCONDUCT_TEST_DATABASE_SUFFIX", "");
    private static final LocalDate BORN = LocalDate.of(1985, 6, 15);

    private final Path root;
    private final int subjects;
    private final Duration perConcurrency;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ScreeningBench(Path root, int subjects, Duration perConcurrency) {
        this.root = root;
        this.subjects = subjects;
        this.perConcurrency = perConcurrency;
    }

    String run() throws Exception {
        LocalPostgres postgres = LocalPostgres.startOrConnect();
        LocalKafkaBroker kafka = new LocalKafkaBroker(Ports.freePair(), Ports.freePair(), Files.createTempDirectory("bench-kafka-"));
        ServiceProcess investigation = null;
        try (BenchIssuer issuer = new BenchIssuer()) {
            kafka.start();
            postgres.recreateDatabase(DATABASE);
            String blindIndexKey = Ports.randomKey();
            Map<String, String> environment = ServiceProcess.environment(postgres.jdbcUrl(DATABASE), postgres.username(),
                    postgres.password(), kafka.bootstrapServers(), issuer.issuer());
            environment.put("PERSONAL_DATA_KEY_ENCRYPTION_KEY", Ports.randomKey());
            environment.put("SCREENING_BLIND_INDEX_KEY", blindIndexKey);
            // The benchmark's officer makes far more checks than an officer may; the allowance is not what is measured.
            environment.put("MISCONDUCT_SCREENING_CHECKSPERUSER", "100000000");
            environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            environment.put("JAVA_TOOL_OPTIONS", ServiceJvm.options("investigation-service"));
            investigation = new ServiceProcess(root, "investigation-service", Ports.freePair(), environment, root.resolve(".local/logs/bench"));
            investigation.start();
            Digests digests = new Digests(blindIndexKey);
            String plan = load(postgres, digests);
            String lookup = lookupAlone(postgres, digests);
            URI checks = URI.create(investigation.baseUrl() + "/api/v1/screening/checks");
            String token = issuer.accessToken("screening.bench", "screening-officer");
            List<String> figures = new ArrayList<>();
            LoadRun.run(1, Duration.ofSeconds(5), () -> check(checks, token));
            for (int concurrency : List.of(1, 8)) {
                figures.add(LoadRun.run(concurrency, perConcurrency, () -> check(checks, token)).figures());
            }
            return "screening %s %d cores, %d subjects, half the checks finding one: %s; the lookup alone over JDBC: %s; plan: %s"
                    .formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), subjects, String.join("; ", figures),
                            lookup, plan);
        } finally {
            if (investigation != null) {
                investigation.stop();
            }
            kafka.stop();
            postgres.dropDatabase(DATABASE);
            postgres.stop();
        }
    }

    /** One check: a subject by one of their identifiers, or a stranger; true when the outcome is the one expected. */
    private boolean check(URI checks, String token) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int subject = random.nextInt(subjects);
        String identifiers = switch (random.nextInt(4)) {
            case 0 -> "{\"serviceNumber\":\"sn-bench-%d\"}".formatted(subject);
            case 1 -> "{\"fullName\":\"Bénch PERSON-%d\",\"dateOfBirth\":\"%s\"}".formatted(subject, BORN);
            default -> "{\"nationalId\":\"%s\"}".formatted(UUID.randomUUID());
        };
        boolean expectRecord = !identifiers.contains("nationalId");
        HttpRequest request = HttpRequest.newBuilder(checks).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"purpose\":\"DEPLOYMENT\",\"identifiers\":" + identifiers + "}"))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 && answer.body().contains("\"" + (expectRecord ? ScreeningOutcome.RECORD_FOUND : ScreeningOutcome.NO_RECORD) + "\"");
    }

    /** The subjects' screening records, two blind indexes each, copied in at once; answers the plan of a lookup. */
    private String load(LocalPostgres postgres, Digests digests) throws Exception {
        StringBuilder rows = new StringBuilder();
        ScreeningRecordKind[] kinds = ScreeningRecordKind.values();
        for (int subject = 0; subject < subjects; subject++) {
            String subjectKey = digests.of("subject", "bench-subject-" + subject);
            String kind = kinds[subject % kinds.length].name();
            int year = 2015 + subject % 12;
            rows.append(subjectKey).append('\t').append(digests.of("service-number", "sn-bench-" + subject))
                    .append('\t').append(kind).append('\t').append(year).append('\n');
            rows.append(subjectKey).append('\t').append(digests.of("name-and-date-of-birth", "benchperson" + subject + "|" + BORN))
                    .append('\t').append(kind).append('\t').append(year).append('\n');
        }
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password())) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY screening_record (subject_key, blind_index, kind, year) FROM STDIN", new StringReader(rows.toString()));
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE screening_record");
                try (ResultSet plan = statement.executeQuery("""
                        EXPLAIN SELECT DISTINCT subject_key, kind, year FROM screening_record
                        WHERE blind_index IN ('%s', '%s') ORDER BY year DESC, kind""".formatted(
                        digests.of("service-number", "sn-bench-1"), digests.of("national-id", "unknown")))) {
                    List<String> lines = new ArrayList<>();
                    while (plan.next()) {
                        lines.add(plan.getString(1).strip());
                    }
                    return lines.stream().filter(line -> line.contains("Scan")).findFirst().orElse(String.join(" / ", lines));
                }
            }
        }
    }

    /** The records query a check makes, timed on its own for a subject's two indexes: what the subjects' number costs. */
    private String lookupAlone(LocalPostgres postgres, Digests digests) throws Exception {
        Histogram latencies = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password());
             PreparedStatement query = connection.prepareStatement("""
                     SELECT DISTINCT subject_key, kind, year FROM screening_record WHERE blind_index IN (?, ?)
                     ORDER BY year DESC, kind""")) {
            for (int probe = 0; probe < 5000; probe++) {
                int subject = ThreadLocalRandom.current().nextInt(subjects);
                query.setString(1, digests.of("service-number", "sn-bench-" + subject));
                query.setString(2, digests.of("name-and-date-of-birth", "benchperson" + subject + "|" + BORN));
                long startedAt = System.nanoTime();
                try (ResultSet found = query.executeQuery()) {
                    if (!found.next()) {
                        throw new IllegalStateException("A seeded subject was not found by their blind indexes");
                    }
                }
                if (probe >= 500) {
                    latencies.recordValue(System.nanoTime() - startedAt);
                }
            }
        }
        return "p50 %.2f ms p99 %.2f ms".formatted(latencies.getValueAtPercentile(50) / 1e6, latencies.getValueAtPercentile(99) / 1e6);
    }

    /**
     * The service's blind indexes (investigation-service's {@code identifiers/BlindIndexes}: HMAC-SHA-256 under the key
     * of a label, a zero byte and the normalised value). Were they to differ, the checks naming subjects would find
     * nothing and count as failed.
     */
    private static final class Digests {
        private final SecretKeySpec key;

        Digests(String base64Key) {
            key = new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256");
        }

        String of(String label, String value) throws GeneralSecurityException {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(label.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
