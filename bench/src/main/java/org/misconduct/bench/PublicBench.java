package org.misconduct.bench;

import java.io.InputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.misconduct.local.LocalKafkaBroker;
import org.misconduct.local.LocalPostgres;
import org.misconduct.local.ServiceProcess;

/**
 * The public disclosure through reporting-service's jar at many allegations: p50 and p99 of the web page, of a JSON
 * page and of a CSV page (first and last, the last both by number and by the cursor of the page before's next link), one
 * visitor at a time; then every row as CSV in one download from a service
 * whose heap is capped, with the live disclosure rows counted half-way through (a full GC's class histogram): a stream
 * holds one batch of rows, however many it writes. The rows are written straight into the public read model as its
 * projection leaves them, since only reading is measured.
 */
final class PublicBench {

    private static final String DATABASE = "reporting_bench" + System.getenv().getOrDefault("MISCONDUCT_TEST_DATABASE_SUFFIX", "");
    private static final int PAGE_SIZE = 100;
    private static final String HEAP = "-Xmx192m";
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>; rel=\"next\"");
    /** Early enough that what remains exceeds the socket buffers: the service is still writing. */
    private static final long CENSUS_AFTER_BYTES = 200_000;

    private final Path root;
    private final int allegations;
    private final Duration perRequest;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    PublicBench(Path root, int allegations, Duration perRequest) {
        this.root = root;
        this.allegations = allegations;
        this.perRequest = perRequest;
    }

    String run() throws Exception {
        LocalPostgres postgres = LocalPostgres.startOrConnect();
        LocalKafkaBroker kafka = new LocalKafkaBroker(Ports.freePair(), Ports.freePair(), Files.createTempDirectory("bench-kafka-"));
        ServiceProcess reporting = null;
        try (BenchIssuer issuer = new BenchIssuer()) {
            kafka.start();
            postgres.recreateDatabase(DATABASE);
            Map<String, String> environment = ServiceProcess.environment(postgres.jdbcUrl(DATABASE), postgres.username(),
                    postgres.password(), kafka.bootstrapServers(), issuer.issuer());
            environment.put("DISCLOSURE_ORDER_KEY", Ports.randomKey());
            environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            // Every request comes from here: the public rate limit would refuse most of them.
            environment.put("SPRING_APPLICATION_JSON", "{\"misconduct.abuse-protection.public-disclosure.requests\": 1000000000}");
            environment.put("JAVA_TOOL_OPTIONS", (HEAP + " " + ServiceJvm.options("reporting-service")).trim());
            reporting = new ServiceProcess(root, "reporting-service", Ports.freePair(), environment, root.resolve(".local/logs/bench"));
            reporting.start();
            load(postgres);
            long lastPage = (allegations - 1) / PAGE_SIZE;
            Map<String, URI> requests = new LinkedHashMap<>();
            String base = reporting.baseUrl();
            requests.put("web page", URI.create(base + "/"));
            requests.put("summary", URI.create(base + "/api/v1/public/summary?year=all"));
            requests.put("JSON page 1", URI.create(base + "/api/v1/public/allegations?page=0&size=" + PAGE_SIZE));
            requests.put("JSON page " + (lastPage + 1), URI.create(base + "/api/v1/public/allegations?page=" + lastPage + "&size=" + PAGE_SIZE));
            requests.put("CSV page 1", URI.create(base + "/api/v1/public/allegations?format=csv&page=0&size=" + PAGE_SIZE));
            requests.put("CSV page " + (lastPage + 1), URI.create(base + "/api/v1/public/allegations?format=csv&page=" + lastPage + "&size=" + PAGE_SIZE));
            // The last page as a client walking the pages reaches it: by the cursor in the page before's next link.
            requests.put("JSON page " + (lastPage + 1) + " by cursor", next(URI.create(base + "/api/v1/public/allegations?page="
                    + (lastPage - 1) + "&size=" + PAGE_SIZE)));
            requests.put("CSV page " + (lastPage + 1) + " by cursor", next(URI.create(base
                    + "/api/v1/public/allegations?format=csv&page=" + (lastPage - 1) + "&size=" + PAGE_SIZE)));
            List<String> figures = new ArrayList<>();
            for (Map.Entry<String, URI> request : requests.entrySet()) {
                LoadRun.run(1, Duration.ofSeconds(3), () -> get(request.getValue()));
                LoadRun.Result result = LoadRun.run(1, perRequest, () -> get(request.getValue()));
                figures.add("%s: p50 %.1f ms p99 %.1f ms (%d requests%s)".formatted(request.getKey(), result.p50Millis(),
                        result.p99Millis(), result.succeeded(), result.failed() == 0 ? "" : ", " + result.failed() + " failed"));
            }
            figures.add(wholeCsv(URI.create(base + "/api/v1/public/allegations?format=csv")));
            return "public %s %d cores, %d allegations, pages of %d: %s".formatted(LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(), allegations, PAGE_SIZE, String.join("; ", figures));
        } finally {
            if (reporting != null) {
                reporting.stop();
            }
            kafka.stop();
            postgres.dropDatabase(DATABASE);
            postgres.stop();
        }
    }

    private boolean get(URI uri) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** Where the next link of the page at {@code uri} points. */
    private URI next(URI uri) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
        Matcher next = NEXT.matcher(response.headers().firstValue("Link").orElse(""));
        if (!next.find()) {
            throw new IllegalStateException("No next link from " + uri);
        }
        return uri.resolve(next.group(1));
    }

    /**
     * Every row as CSV, read half-way, then (while the service waits to write the rest) counted in the service's
     * heap by a full GC's class histogram, then read to the end.
     */
    private String wholeCsv(URI uri) throws Exception {
        long startedAt = System.nanoTime();
        long census = 0;
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        String live = "";
        byte[] buffer = new byte[8192];
        try (InputStream body = response.body()) {
            for (int read; (read = body.read(buffer)) >= 0; ) {
                bytes += read;
                if (live.isEmpty() && bytes >= CENSUS_AFTER_BYTES) {
                    long censusStarted = System.nanoTime();
                    live = HeapCensus.of("reporting-service").describe("PublicAllegation");
                    census = System.nanoTime() - censusStarted;
                }
            }
        }
        double seconds = (System.nanoTime() - startedAt - census) / 1e9;
        return "whole CSV (%s): %.1f MB in %.1f s (census excluded); after %d kB, %s".formatted(HEAP, bytes / 1e6, seconds,
                CENSUS_AFTER_BYTES / 1000, live);
    }

    /** As many disclosed rows as asked for, spread over years, missions, categories and nationalities. */
    private void load(LocalPostgres postgres) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password())) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO public_allegation (case_reference, received_year, received_month, received_at, mission,
                        personnel_category, nationality, allegation_type, victim_count, minor_involved, investigating_entity,
                        status, classification_ranks, breached_clocks, victims_registered, minor_victims, adult_victims,
                        unknown_age_victims, finding, days_taken, assessed, disclosed, disclosure_order, public_key)
                    SELECT *, public_order_key(received_year, received_month, mission, personnel_category, nationality,
                        allegation_type, disclosure_order)
                    FROM (SELECT 'ALG-' || (2020 + n % 7) || '-' || lpad(n::text, 6, '0'), 2020 + n % 7, 1 + n % 12,
                           make_timestamptz(2020 + n % 7, 1 + n % 12, 1 + n % 28, 0, 0, 0, 'UTC'),
                           (ARRAY['MINUSCA', 'MONUSCO', 'UNMISS', 'MINUSMA', 'UNIFIL'])[1 + n % 5],
                           (ARRAY['MC', 'FPU', 'INT', 'NS', 'UNPOL'])[1 + n % 5],
                           CASE WHEN n % 5 IN (0, 1, 4) THEN 'X' || chr(65 + n % 26) || chr(65 + (n / 26) % 26) END,
                           (ARRAY['SE', 'SA', 'OTHER_MISCONDUCT'])[1 + n % 3], 1 + n % 3, n % 4 = 0,
                           (ARRAY['OIOS', 'MISSION', 'TCC', 'PCC', 'NIO'])[1 + n % 5],
                           (ARRAY['REFERRED', 'UNDER_INVESTIGATION', 'SUBSTANTIATED', 'NOT_SUBSTANTIATED', 'CLOSED'])[1 + n % 5],
                           '{}'::jsonb, '{}'::text[], 1 + n % 3, n % 2, 1, 0,
                           CASE WHEN n % 5 = 2 THEN 'SUBSTANTIATED' WHEN n % 5 = 3 THEN 'NOT_SUBSTANTIATED' END,
                           CASE WHEN n % 5 IN (2, 3) THEN 30 + n % 300 END, TRUE, TRUE, decode(md5('order' || n), 'hex')
                    FROM generate_series(1, ?) AS n) AS given (case_reference, received_year, received_month, received_at,
                        mission, personnel_category, nationality, allegation_type, victim_count, minor_involved,
                        investigating_entity, status, classification_ranks, breached_clocks, victims_registered,
                        minor_victims, adult_victims, unknown_age_victims, finding, days_taken, assessed, disclosed,
                        disclosure_order)""")) {
                insert.setInt(1, allegations);
                insert.execute();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE public_allegation");
            }
        }
    }
}
