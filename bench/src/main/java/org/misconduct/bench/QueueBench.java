package org.misconduct.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.misconduct.local.LocalKafkaBroker;
import org.misconduct.local.LocalPostgres;
import org.misconduct.local.ServiceProcess;

/**
 * The investigators' case queue through investigation-service's jar at many cases: p50 and p99 of the first, tenth
 * and last page of 100 open cases, each reached by the cursor of the page before it (the {@code Link} header's next
 * page), one investigator asking at a time. The cases are written straight into the queue's
 * read model (as its projection would leave them), one in ten open, since only reading is measured.
 */
final class QueueBench {

    private static final String DATABASE = "investigation_bench" + System.getenv().getOrDefault("MISCONDUCT_TEST_DATABASE_SUFFIX", "");
    private static final int PAGE_SIZE = 100;
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private final Path root;
    private final int cases;
    private final Duration perPage;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    QueueBench(Path root, int cases, Duration perPage) {
        this.root = root;
        this.cases = cases;
        this.perPage = perPage;
    }

    String run() throws Exception {
        LocalPostgres postgres = LocalPostgres.startOrConnect();
        LocalKafkaBroker kafka = new LocalKafkaBroker(Ports.freePair(), Ports.freePair(), Files.createTempDirectory("bench-kafka-"));
        ServiceProcess investigation = null;
        try (BenchIssuer issuer = new BenchIssuer()) {
            kafka.start();
            postgres.recreateDatabase(DATABASE);
            Map<String, String> environment = ServiceProcess.environment(postgres.jdbcUrl(DATABASE), postgres.username(),
                    postgres.password(), kafka.bootstrapServers(), issuer.issuer());
            environment.put("PERSONAL_DATA_KEY_ENCRYPTION_KEY", Ports.randomKey());
            environment.put("SCREENING_BLIND_INDEX_KEY", Ports.randomKey());
            environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            environment.put("JAVA_TOOL_OPTIONS", ServiceJvm.options("investigation-service"));
            investigation = new ServiceProcess(root, "investigation-service", Ports.freePair(), environment, root.resolve(".local/logs/bench"));
            investigation.start();
            long open = load(postgres);
            String token = issuer.accessToken("investigator.bench", "investigator");
            long lastPage = (open - 1) / PAGE_SIZE;
            Map<Long, URI> pages = cursors(URI.create(investigation.baseUrl() + "/api/v1/cases/queue?size=" + PAGE_SIZE),
                    token, List.of(0L, 9L, lastPage));
            List<String> figures = new ArrayList<>();
            for (Map.Entry<Long, URI> page : pages.entrySet()) {
                LoadRun.run(1, Duration.ofSeconds(3), () -> get(page.getValue(), token));
                LoadRun.Result result = LoadRun.run(1, perPage, () -> get(page.getValue(), token));
                figures.add("page %d: p50 %.1f ms p99 %.1f ms (%d requests%s)".formatted(page.getKey() + 1, result.p50Millis(),
                        result.p99Millis(), result.succeeded(), result.failed() == 0 ? "" : ", " + result.failed() + " failed"));
            }
            return "queue %s %d cores, %d cases (%d open), pages of %d: %s".formatted(LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(), cases, open, PAGE_SIZE, String.join("; ", figures));
        } finally {
            if (investigation != null) {
                investigation.stop();
            }
            kafka.stop();
            postgres.dropDatabase(DATABASE);
            postgres.stop();
        }
    }

    /**
     * The address of each page wanted, as a client reaches it: the first page's, then each next page's from the
     * {@code Link} header of the one before (its cursor), walking the whole queue once.
     */
    private Map<Long, URI> cursors(URI first, String token, List<Long> wanted) throws Exception {
        Map<Long, URI> found = new LinkedHashMap<>();
        URI page = first;
        for (long number = 0; page != null && found.size() < wanted.size(); number++) {
            if (wanted.contains(number)) {
                found.put(number, page);
            }
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding());
            page = response.headers().firstValue("Link").map(QueueBench::next).orElse(null);
        }
        if (found.size() < wanted.size()) {
            throw new IllegalStateException("The queue's links reached only pages " + found.keySet() + " of " + wanted);
        }
        return found;
    }

    private static URI next(String link) {
        Matcher next = NEXT.matcher(link);
        return next.find() ? URI.create(next.group(1)) : null;
    }

    private boolean get(URI uri, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** As investigation-service/src/test/resources/scale/queue-at-a-million-cases.sql: one case in ten open. */
    private long load(LocalPostgres postgres) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password())) {
            try (PreparedStatement generate = connection.prepareStatement("""
                    CREATE TEMPORARY TABLE generated AS
                    SELECT n, 'ALG-' || (2000 + n / 1000000) || '-' || lpad((n % 1000000)::text, 6, '0') AS case_reference,
                           (ARRAY['SE', 'SA', 'OTHER_MISCONDUCT'])[1 + n % 3] AS allegation_type,
                           n % 10 = 0 AS open, n % 20 = 0 AS evidence_running,
                           timestamptz '2020-01-01' + n * interval '3 minutes' AS received_at
                    FROM generate_series(1, ?) AS n""")) {
                generate.setInt(1, cases);
                generate.execute();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        INSERT INTO case_view (case_reference, mission, allegation_type, priority, personnel_category, nationality,
                                               investigating_entity, assignee, status, received_at, referred_at, opened_at, next_due_at)
                        SELECT case_reference, (ARRAY['MINUSCA', 'MONUSCO', 'UNMISS', 'MINUSMA'])[1 + n % 4], allegation_type,
                               CASE WHEN n % 7 = 0 THEN 'URGENT' ELSE 'NORMAL' END, (ARRAY['MC', 'FPU', 'INT', 'NS', 'UNPOL'])[1 + n % 5],
                               'X' || chr(65 + n % 26) || chr(65 + (n / 26) % 26), (ARRAY['OIOS', 'MISSION', 'TCC', 'PCC', 'NIO'])[1 + n % 5],
                               'investigator.' || (n % 500),
                               CASE WHEN open THEN 'OPEN' ELSE (ARRAY['SUBSTANTIATED', 'NOT_SUBSTANTIATED', 'CLOSED'])[1 + n % 3] END,
                               received_at, received_at, received_at,
                               CASE WHEN NOT open THEN NULL
                                    WHEN evidence_running AND allegation_type <> 'OTHER_MISCONDUCT' THEN received_at + interval '72 hours'
                                    ELSE received_at + interval '6 months' END
                        FROM generated""");
                statement.execute("""
                        INSERT INTO case_clock_view (case_reference, clock, started_at, due_at, stopped_at)
                        SELECT case_reference, 'investigation', received_at, received_at + interval '6 months',
                               CASE WHEN open THEN NULL ELSE received_at + interval '3 months' END
                        FROM generated""");
                statement.execute("VACUUM ANALYZE case_view");
                statement.execute("VACUUM ANALYZE case_clock_view");
                try (var count = statement.executeQuery("SELECT count(*) FROM case_view WHERE status = 'OPEN'")) {
                    count.next();
                    return count.getLong(1);
                }
            }
        }
    }
}
